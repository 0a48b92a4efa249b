import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportGroupCsv } from '../cohort/group-export.ts';
import { isLanguage } from '../i18n.ts';
import { openDatabase } from '../storage/database.ts';
import { createGroupDataSource } from '../storage/group-data-source.ts';

const USAGE =
  'usage: npm run export:group -- --group ID --out FILE.csv [--all] [--lang ru|en] [--time-zone ZONE]\n' +
  'Reads DATABASE_URL (PostgreSQL) or DATA_DIR (embedded, default ./data). --all writes every revision.';

const { values } = parseArgs({
  options: {
    group: { type: 'string' },
    out: { type: 'string' },
    all: { type: 'boolean', default: false },
    lang: { type: 'string', default: 'ru' },
    'time-zone': { type: 'string' },
  },
});
const groupId = Number(values.group);
const language = values.lang ?? 'ru';
if (!Number.isInteger(groupId) || groupId <= 0 || !values.out || !isLanguage(language)) {
  console.error(USAGE);
  process.exit(2);
}
const timeZone = values['time-zone'];
if (timeZone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    console.error(`unknown time zone: ${timeZone}`);
    process.exit(2);
  }
}

let queries = 0;
const onQuery = () => {
  queries += 1;
};
const database = await openDatabase(
  process.env.DATABASE_URL
    ? { kind: 'postgres', url: process.env.DATABASE_URL, maxConnections: 1, onQuery }
    : { kind: 'pglite', dataDir: process.env.DATA_DIR ?? './data', onQuery },
);
try {
  queries = 0;
  const source = createGroupDataSource(database.db);
  const result = await exportGroupCsv(source, { groupId, which: values.all ? 'all' : 'latest', language, ...(timeZone ? { timeZone } : {}) });
  if (!result) {
    console.error(`no group with id ${groupId}`);
    process.exitCode = 1;
  } else {
    writeFileSync(values.out, result.csv, 'utf8');
    console.error(`${values.out}: group “${result.groupName}”, ${result.revisions} revisions, ${queries} queries`);
  }
} finally {
  await database.close();
}
