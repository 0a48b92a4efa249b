import { fill, h, mount } from './view.js';

const BLOCK_IDS = [
  'customer_segments', 'value_propositions', 'channels', 'customer_relationships', 'revenue_streams',
  'key_resources', 'key_activities', 'key_partners', 'cost_structure',
];
const CELL_SYMBOLS = { empty: '·', filled: '✎', submitted: '●', accepted: '✓', returned: '↩', changed: '△' };
const REVIEWABLE = ['submitted', 'in_review'];

const telegram = window.Telegram?.WebApp;
// Outside Telegram (the development command) the signed data arrives in the URL fragment, as
// Telegram itself passes it to the page.
const initData = telegram?.initData || new URLSearchParams(location.hash.slice(1)).get('tgWebAppData') || '';
const root = /** @type {HTMLElement} */ (document.getElementById('app'));

const state = {
  /** @type {any} */ texts: null,
  /** @type {any[]} */ groups: [],
  /** @type {any} */ grid: null,
  /** @type {any} */ submission: null,
  /** @type {any} */ diff: null,
  filter: 'all',
  sort: 'waiting',
  view: 'grid',
  /** @type {string | null} block whose comment editor is open, with the verdict it will save */
  editing: null,
  editingVerdict: /** @type {'returned' | null} */ (null),
  /** @type {string | null} */ notice: null,
  /** @type {string | null} object URL of the group chart, while it is shown */
  chartUrl: null,
  busy: false,
};

function t(path, params) {
  const value = path.split('.').reduce((node, part) => (node ? node[part] : undefined), state.texts?.texts);
  return typeof value === 'string' ? fill(value, params) : path;
}
const blockTitle = (id) => state.texts?.blocks[id]?.title ?? id;
const blockShort = (id) => state.texts?.blocks[id]?.short ?? id;

function uiLanguage() {
  let code = '';
  try {
    code = JSON.parse(new URLSearchParams(initData).get('user') ?? '{}').language_code ?? '';
  } catch {
    code = '';
  }
  return ['ru', 'uk', 'be', 'kk'].includes(String(code || navigator.language).toLowerCase().split('-')[0]) ? 'ru' : 'en';
}

function formatDate(iso) {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(state.texts?.language ?? 'ru', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

class ApiError extends Error {
  constructor(status) {
    super(String(status));
    this.status = status;
  }
}

async function api(path, body) {
  const response = await fetch(`api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `tma ${initData}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new ApiError(response.status);
  return response.json();
}

/** A file of the API (it needs the initData header, so no plain link can fetch it). */
async function apiFile(path) {
  const response = await fetch(`api/${path}`, { headers: { authorization: `tma ${initData}` } });
  if (!response.ok) throw new ApiError(response.status);
  return response.blob();
}

function errorText(error) {
  const status = error instanceof ApiError ? error.status : 0;
  const key = { 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 429: 'rate_limited' }[status] ?? 'generic';
  return t(`errors.${key}`);
}

function showError(error) {
  mount(root, h('section', { class: 'message error', role: 'alert', dataset: { error: String(error?.status ?? 'generic') } }, errorText(error)));
}

/** Theme from Telegram's themeParams, so the page looks like the chat around it. */
function applyTheme() {
  const params = telegram?.themeParams ?? {};
  const style = document.documentElement.style;
  const map = { bg_color: '--bg', text_color: '--text', hint_color: '--hint', link_color: '--link', button_color: '--button', button_text_color: '--button-text', secondary_bg_color: '--bg-2', section_separator_color: '--line' };
  for (const [param, variable] of Object.entries(map)) {
    if (typeof params[param] === 'string' && /^#[0-9a-f]{3,8}$/i.test(params[param])) style.setProperty(variable, params[param]);
  }
  document.documentElement.dataset.scheme = telegram?.colorScheme === 'dark' ? 'dark' : 'light';
}

// ---- the grid ---------------------------------------------------------------------------

function visibleRows() {
  const rows = state.grid.rows.filter((row) => {
    if (state.filter === 'waiting') return row.waitingForMe;
    if (state.filter === 'late') return row.late;
    if (state.filter === 'returned') return row.stage === 'returned';
    return true;
  });
  const activity = (row) => (row.lastActivityAt ? Date.parse(row.lastActivityAt) : 0);
  const byName = (a, b) => a.studentName.localeCompare(b.studentName, state.texts.language);
  const sorters = {
    // Waiting first, the longest-waiting on top: the order a coach works in.
    waiting: (a, b) => Number(b.waitingForMe) - Number(a.waitingForMe) || activity(a) - activity(b) || byName(a, b),
    name: byName,
    activity: (a, b) => activity(b) - activity(a) || byName(a, b),
  };
  return rows.sort(sorters[state.sort]);
}

function stageBadge(row) {
  return [
    h('span', { class: `badge status-${row.stage}` }, t(`stage.${row.stage}`)),
    row.late ? h('span', { class: 'badge late' }, t('grid.late')) : null,
  ];
}

function cell(entry, tag) {
  const label = `${blockTitle(entry.blockId)}: ${t(`states.${entry.state}`)}`;
  return h(tag, { class: `cell state-${entry.state}`, title: label, 'aria-label': label, dataset: { state: entry.state } }, CELL_SYMBOLS[entry.state]);
}

function groupHeader() {
  const group = state.grid.group;
  return h('header', { class: 'page-head' },
    state.groups.length > 1
      ? h('label', { class: 'group-pick' }, h('span', { class: 'visually-hidden' }, t('group.choose')),
        h('select', { onchange: (event) => openGroup(event.target.value) },
          state.groups.map((g) => h('option', { value: g.id, selected: g.id === group.id }, g.name))))
      : h('h1', null, group.name),
    h('p', { class: 'meta' },
      t('group.students', { count: group.studentCount }), ' · ',
      h('strong', null, t('group.waiting', { count: group.waitingCount })),
      group.deadline ? [' · ', t('group.deadline', { date: formatDate(group.deadline) })] : null),
    group.assignment ? h('p', { class: 'assignment' }, group.assignment) : null);
}

function toolbar() {
  const filters = ['all', 'waiting', 'late', 'returned'];
  return h('div', { class: 'toolbar' },
    h('div', { class: 'filters', role: 'group', 'aria-label': t('filters.label') },
      filters.map((name) => h('button', {
        type: 'button', class: 'chip', 'aria-pressed': String(state.filter === name), dataset: { filter: name },
        onclick: () => { state.filter = name; render(); },
      }, t(`filters.${name}`)))),
    h('label', { class: 'sort' }, t('sort.label'), ' ',
      h('select', { dataset: { sort: '' }, onchange: (event) => { state.sort = event.target.value; render(); } },
        ['waiting', 'name', 'activity'].map((name) => h('option', { value: name, selected: state.sort === name }, t(`sort.${name}`))))));
}

async function downloadCsv() {
  try {
    const groupId = state.grid.group.id;
    const url = URL.createObjectURL(await apiFile(`groups/${groupId}/export.csv`));
    const link = h('a', { href: url, download: `group-${groupId}.csv`, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    state.notice = errorText(error);
    render();
  }
}

async function toggleChart() {
  if (state.chartUrl) {
    URL.revokeObjectURL(state.chartUrl);
    state.chartUrl = null;
    return render();
  }
  try {
    state.chartUrl = URL.createObjectURL(await apiFile(`groups/${state.grid.group.id}/chart.png`));
  } catch (error) {
    state.notice = errorText(error);
  }
  return render();
}

function groupFiles() {
  if (!state.grid.files) return null;
  return [
    h('div', { class: 'files' },
      h('button', { type: 'button', dataset: { action: 'csv' }, onclick: downloadCsv }, t('files.csv')),
      h('button', { type: 'button', dataset: { action: 'chart' }, 'aria-pressed': String(Boolean(state.chartUrl)), onclick: toggleChart },
        state.chartUrl ? t('files.hide_chart') : t('files.chart'))),
    state.notice ? h('p', { class: 'message error', role: 'alert' }, state.notice) : null,
    state.chartUrl ? h('figure', { class: 'chart' }, h('img', { src: state.chartUrl, alt: t('files.chart_alt') })) : null,
  ];
}

function legend() {
  return h('ul', { class: 'legend', 'aria-label': t('grid.legend') },
    Object.keys(CELL_SYMBOLS).map((name) => h('li', null, cell({ blockId: '', state: name }, 'span'), ' ', t(`states.${name}`))));
}

function renderGrid() {
  const rows = visibleRows();
  const open = (row) => (row.submissionId ? () => openSubmission(row.submissionId) : undefined);
  const table = h('table', { class: 'grid' },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'name' }, t('grid.student')),
      BLOCK_IDS.map((id, index) => h('th', { scope: 'col', title: blockTitle(id), class: 'block-col' }, h('span', { class: 'num' }, index + 1), h('span', { class: 'short' }, blockShort(id)))),
      h('th', { scope: 'col' }, t('grid.revision')),
      h('th', { scope: 'col' }, t('grid.activity')))),
    h('tbody', null, rows.map((row) => h('tr', { dataset: { student: String(row.studentId) }, class: row.submissionId ? 'clickable' : null, onclick: open(row) },
      h('th', { scope: 'row', class: 'name' },
        row.submissionId ? h('button', { type: 'button', class: 'link' }, row.studentName) : h('span', null, row.studentName),
        h('div', { class: 'badges' }, stageBadge(row))),
      row.cells.map((entry) => cell(entry, 'td')),
      h('td', { class: 'num-col' }, row.revision ?? '—'),
      h('td', { class: 'when' }, formatDate(row.lastActivityAt))))));
  const list = h('ul', { class: 'grid-list' }, rows.map((row) => h('li', { dataset: { student: String(row.studentId) } },
    h('button', { type: 'button', class: 'card', disabled: !row.submissionId, onclick: open(row) },
      h('span', { class: 'card-head' }, h('strong', null, row.studentName), stageBadge(row)),
      h('span', { class: 'mini-cells' }, row.cells.map((entry) => cell(entry, 'span'))),
      h('span', { class: 'meta' }, row.revision ? [t('grid.rev', { n: row.revision }), ' · '] : null, formatDate(row.lastActivityAt))))));
  mount(root, groupHeader(), toolbar(), groupFiles(),
    rows.length === 0 ? h('p', { class: 'message', dataset: { empty: '' } }, t('grid.nobody')) : [table, list],
    legend());
}

// ---- a submission ---------------------------------------------------------------------

const LAYOUT_AREA = {
  key_partners: 'kp', key_activities: 'ka', key_resources: 'kr', value_propositions: 'vp',
  customer_relationships: 'cr', channels: 'ch', customer_segments: 'cs', cost_structure: 'co', revenue_streams: 're',
};

function canReview() {
  return REVIEWABLE.includes(state.submission.status);
}

function blockState(block) {
  if (block.verdict) return block.verdict;
  if (block.answers.length === 0) return 'empty';
  return block.changed ? 'changed' : 'submitted';
}

/** One review action at a time; the page shows the submission as the server returns it. */
async function act(path, body) {
  if (state.busy) return;
  state.busy = true;
  try {
    state.submission = await api(`submissions/${state.submission.id}/${path}`, body);
    if (state.view === 'diff') state.diff = await api(`submissions/${state.submission.id}/diff`);
    state.editing = null;
    state.notice = null;
  } catch (error) {
    state.notice = errorText(error);
  }
  state.busy = false;
  render();
}

/** Accepts every written block still undecided, one request each, as the chat's per-block buttons would. */
async function acceptRest() {
  if (state.busy) return;
  state.busy = true;
  try {
    const pending = state.submission.blocks.filter((block) => block.answers.length > 0 && !block.verdict);
    for (const block of pending) {
      state.submission = await api(`submissions/${state.submission.id}/blocks/${block.blockId}/verdict`, { verdict: 'accepted' });
    }
    if (state.view === 'diff') state.diff = await api(`submissions/${state.submission.id}/diff`);
    state.editing = null;
    state.notice = null;
  } catch (error) {
    state.notice = errorText(error);
  }
  state.busy = false;
  render();
}

function commentEditor(block) {
  const area = h('textarea', { rows: 4, maxlength: 2000, 'aria-label': t('block.your_comment'), placeholder: t('block.comment_placeholder') });
  area.value = block.comment ?? '';
  const snippets = [...state.submission.snippets, ...block.notes];
  const save = () => {
    const text = area.value.trim();
    if (state.editingVerdict === 'returned') return act(`blocks/${block.blockId}/verdict`, { verdict: 'returned', comment: text || null });
    if (text) return act(`blocks/${block.blockId}/comment`, { text });
    state.editing = null;
    return render();
  };
  return h('div', { class: 'editor' },
    area,
    snippets.length ? h('div', { class: 'snippets' }, h('span', { class: 'hint' }, t('block.snippets')),
      snippets.map((snippet) => h('button', { type: 'button', class: 'chip snippet', title: snippet, onclick: () => { area.value = area.value ? `${area.value}\n${snippet}` : snippet; area.focus(); } }, snippet))) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: save }, state.editingVerdict === 'returned' ? t('block.return') : t('block.save')),
      h('button', { type: 'button', onclick: () => { state.editing = null; render(); } }, t('block.cancel'))));
}

function blockActions(block) {
  if (!canReview() || block.answers.length === 0) return null;
  if (state.editing === block.blockId) return commentEditor(block);
  const edit = (verdict) => () => { state.editing = block.blockId; state.editingVerdict = verdict; render(); };
  return h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'accept', 'aria-pressed': String(block.verdict === 'accepted'), dataset: { action: 'accept' }, onclick: () => act(`blocks/${block.blockId}/verdict`, { verdict: 'accepted' }) }, '✓ ', t('block.accept')),
    h('button', { type: 'button', class: 'return', 'aria-pressed': String(block.verdict === 'returned'), dataset: { action: 'return' }, onclick: edit('returned') }, '↩ ', t('block.return')),
    h('button', { type: 'button', dataset: { action: 'comment' }, onclick: edit(null) }, '✎ ', t('block.comment')));
}

function blockReviewNotes(block) {
  return [
    block.earlierComments.length ? h('div', { class: 'earlier' }, h('span', { class: 'hint' }, t('block.earlier_comments')), block.earlierComments.map((text) => h('p', null, text))) : null,
    block.comment && state.editing !== block.blockId ? h('div', { class: 'comment' }, h('span', { class: 'hint' }, t('block.your_comment')), h('p', null, block.comment)) : null,
  ];
}

function canvasBlock(block) {
  const index = BLOCK_IDS.indexOf(block.blockId);
  const status = blockState(block);
  return h('article', { class: `block area-${LAYOUT_AREA[block.blockId]} state-${status}`, dataset: { block: block.blockId } },
    h('h2', null, h('span', { class: 'num' }, index + 1), ' ', blockTitle(block.blockId)),
    h('span', { class: `badge state-${status}` }, t(`states.${status}`)),
    block.carried ? [' ', h('span', { class: 'hint' }, t('block.carried'))] : null,
    block.answers.length === 0
      ? h('p', { class: 'hint' }, t('block.empty'))
      : block.answers.map((answer) => h('p', { class: 'answer' }, answer.text)),
    block.types.length ? h('ul', { class: 'types', 'aria-label': t('block.types') }, block.types.map((type) =>
      h('li', null, state.texts.types[type.id] ?? type.id, ' ', h('span', { class: 'hint' }, t(`block.source_${type.source}`))))) : null,
    // Suggestions are open where a decision is still due; on decided blocks they would only crowd the canvas.
    block.notes.length ? h('details', { class: 'suggestions', open: !block.verdict },
      h('summary', { class: 'hint' }, t('block.suggestions'), ` (${block.notes.length})`), block.notes.map((note) => h('p', null, note))) : null,
    blockReviewNotes(block),
    blockActions(block));
}

function submissionHeader() {
  const s = state.submission;
  return h('header', { class: 'page-head' },
    h('button', { type: 'button', class: 'back', onclick: () => openGroup(s.groupId) }, '← ', s.groupName),
    h('h1', null, s.studentName, h('span', { class: 'canvas-title' }, ' — ', s.canvasTitle)),
    h('p', { class: 'meta' },
      t('submission.revision', { n: s.revision }), ' · ', h('span', { class: `badge status-${s.status}` }, t(`status.${s.status}`)),
      s.late ? [' ', h('span', { class: 'badge late' }, t('grid.late'))] : null,
      ' · ', t('submission.submitted_at', { date: formatDate(s.submittedAt) }),
      s.reviewerName ? [' · ', t('submission.reviewer', { name: s.reviewerName })] : null),
    h('nav', { class: 'tabs' },
      h('button', { type: 'button', 'aria-pressed': String(state.view === 'canvas'), dataset: { tab: 'canvas' }, onclick: () => { state.view = 'canvas'; render(); } }, t('submission.canvas_tab')),
      h('button', { type: 'button', 'aria-pressed': String(state.view === 'diff'), dataset: { tab: 'diff' }, disabled: s.previousRevision === null, onclick: openDiff },
        s.previousRevision === null ? t('submission.first_revision') : t('submission.diff_tab', { n: s.previousRevision }))),
    state.notice ? h('p', { class: 'message error', role: 'alert' }, state.notice) : null);
}

function reviewPanel() {
  const s = state.submission;
  if (!canReview()) {
    return h('section', { class: 'review done' },
      h('h2', null, t('review.heading')),
      h('p', null, t(`status.${s.status}`), s.grade ? ` · ${t('review.grade_label')}: ${s.grade}` : ''),
      s.overallComment ? h('p', { class: 'answer' }, s.overallComment) : null);
  }
  const comment = h('textarea', { rows: 3, maxlength: 2000, id: 'overall-comment' });
  comment.value = s.overallComment ?? '';
  const grade = h('select', { id: 'grade' }, h('option', { value: '' }, t('review.no_grade')), [1, 2, 3, 4, 5].map((n) => h('option', { value: n, selected: s.grade === n }, n)));
  const returned = s.blocks.filter((block) => block.verdict === 'returned').length;
  const pending = s.blocks.filter((block) => block.answers.length > 0 && !block.verdict).length;
  return h('section', { class: 'review' },
    h('h2', null, t('review.heading')),
    h('p', { class: 'meta' }, t('review.tally', { returned, pending })),
    h('label', { for: 'overall-comment' }, t('review.comment_label')), comment,
    h('label', { for: 'grade' }, t('review.grade_label')), grade,
    // Every written block gets a decision before the verdict goes to the student.
    pending > 0 ? h('p', { class: 'hint' }, t('review.decide_first')) : null,
    pending > 0 ? h('button', { type: 'button', class: 'accept', dataset: { action: 'accept-rest' }, onclick: acceptRest }, '✓ ', t('review.accept_rest', { count: pending })) : null,
    h('button', { type: 'button', class: 'primary', disabled: pending > 0, dataset: { action: 'finish' }, onclick: () => act('finish', { comment: comment.value.trim() || null, grade: grade.value ? Number(grade.value) : null }) },
      returned > 0 ? t('review.finish_return') : t('review.finish_accept')));
}

function renderCanvas() {
  mount(root, submissionHeader(), h('section', { class: 'board' }, state.submission.blocks.map(canvasBlock)), reviewPanel());
}

/** One side of the diff: the old text without what was added, or the new one without what was removed. */
function side(block, kind) {
  if (block.diff.length === 0) return kind === 'before' ? block.before : block.after;
  const hidden = kind === 'before' ? 'added' : 'removed';
  return block.diff
    .filter((segment) => segment.kind !== hidden)
    .map((segment) => (segment.kind === 'same' ? segment.text : h(segment.kind === 'added' ? 'ins' : 'del', null, segment.text)));
}

function typeChanges(block) {
  const label = (ids) => ids.map((id) => state.texts.types[id] ?? id).join(', ');
  return [
    block.typesAdded.length ? h('p', { class: 'hint' }, t('diff.types_added', { list: label(block.typesAdded) })) : null,
    block.typesRemoved.length ? h('p', { class: 'hint' }, t('diff.types_removed', { list: label(block.typesRemoved) })) : null,
  ];
}

function renderDiff() {
  const d = state.diff;
  const byId = Object.fromEntries(state.submission.blocks.map((block) => [block.blockId, block]));
  const unchanged = d.blocks.filter((block) => !block.changed);
  mount(root, submissionHeader(),
    h('section', { class: 'diff' },
      d.blocks.filter((block) => block.changed).map((block) => h('article', { class: 'diff-block', dataset: { block: block.blockId } },
        h('h2', null, h('span', { class: 'num' }, BLOCK_IDS.indexOf(block.blockId) + 1), ' ', blockTitle(block.blockId), ' ',
          h('span', { class: `badge state-${blockState(byId[block.blockId])}` }, t(`states.${blockState(byId[block.blockId])}`))),
        h('div', { class: 'sides' },
          h('div', { class: 'side before' }, h('span', { class: 'hint' }, t('diff.revision', { n: d.previousRevision })), h('p', { class: 'answer' }, side(block, 'before'))),
          h('div', { class: 'side after' }, h('span', { class: 'hint' }, t('diff.revision', { n: d.revision })), h('p', { class: 'answer' }, side(block, 'after')))),
        typeChanges(block),
        blockReviewNotes(byId[block.blockId]),
        blockActions(byId[block.blockId]))),
      unchanged.length ? h('p', { class: 'hint unchanged' }, t('diff.unchanged', { list: unchanged.map((block) => blockShort(block.blockId)).join(', ') })) : null),
    reviewPanel());
}

// ---- navigation ---------------------------------------------------------------------------

/** Telegram's own back button leads from a submission to its group, as the page's does. */
function syncBackButton() {
  const back = telegram?.BackButton;
  if (!back) return;
  if (state.view === 'grid') back.hide();
  else back.show();
}

function render() {
  syncBackButton();
  if (state.view === 'grid') renderGrid();
  else if (state.view === 'diff') renderDiff();
  else renderCanvas();
}

async function openGroup(groupId) {
  try {
    state.grid = await api(`groups/${encodeURIComponent(groupId)}/grid`);
    if (state.chartUrl) URL.revokeObjectURL(state.chartUrl);
    state.chartUrl = null;
    state.notice = null;
    state.view = 'grid';
    state.submission = null;
    history.replaceState(null, '', `?group=${encodeURIComponent(groupId)}${location.hash}`);
    render();
    window.scrollTo(0, 0);
  } catch (error) {
    showError(error);
  }
}

async function openSubmission(submissionId) {
  try {
    state.submission = await api(`submissions/${encodeURIComponent(submissionId)}`);
    state.view = 'canvas';
    state.editing = null;
    state.notice = null;
    render();
    window.scrollTo(0, 0);
  } catch (error) {
    showError(error);
  }
}

async function openDiff() {
  try {
    state.diff = await api(`submissions/${encodeURIComponent(state.submission.id)}/diff`);
    state.view = 'diff';
    render();
  } catch (error) {
    showError(error);
  }
}

async function start() {
  applyTheme();
  telegram?.onEvent?.('themeChanged', applyTheme);
  telegram?.BackButton?.onClick?.(() => {
    if (state.submission) void openGroup(state.submission.groupId);
  });
  telegram?.ready?.();
  telegram?.expand?.();
  const language = uiLanguage();
  document.documentElement.lang = language;
  state.texts = await (await fetch(`texts/${language}.json`)).json();
  document.title = t('title');
  mount(root, h('p', { class: 'message' }, t('loading')));
  try {
    state.groups = (await api('groups')).groups;
    const query = new URLSearchParams(location.search);
    const wanted = query.get('group') ?? telegram?.initDataUnsafe?.start_param ?? null;
    if (query.get('submission')) return openSubmission(query.get('submission'));
    if (wanted) return openGroup(wanted);
    if (state.groups.length === 0) return mount(root, h('p', { class: 'message', dataset: { empty: '' } }, t('errors.no_groups')));
    return openGroup(state.groups[0].id);
  } catch (error) {
    return showError(error);
  }
}

void start();
