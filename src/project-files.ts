import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Whether this code runs from its TypeScript sources (tsx: tests, the CLI tools) rather than from the
 * JavaScript `npm run build` compiles into dist/ (`npm start`, `npm run bench`). The path, not the whole
 * URL: in a render worker tsx loads this file with a query after the name.
 */
export const RUNS_FROM_SOURCE = new URL(import.meta.url).pathname.endsWith('.ts');

/**
 * The repository's root: this file is src/project-files.ts, or dist/src/project-files.js once
 * compiled, one directory deeper. Files the code reads (locales, migrations, the classifier's model,
 * the dashboard's pages) stay where they are in the repository; the build copies none of them.
 */
const PROJECT_ROOT = fileURLToPath(new URL(RUNS_FROM_SOURCE ? '../' : '../../', import.meta.url));

/** A file or directory of the repository by its path from the root, e.g. `projectPath('db', 'migrations')`. */
export function projectPath(...segments: string[]): string {
  return join(PROJECT_ROOT, ...segments);
}
