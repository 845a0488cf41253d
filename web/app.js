// The page: reads the files dropped or pasted, asks the engine (iipcase.js, the library compiled
// to WebAssembly, through the C API of src/wasm/api.h) and shows its JSON report. Nothing leaves
// the page. A classic script, not an ES module: browsers refuse modules from a page opened from disk.
'use strict';

// ---- The engine: JSON in and out over the C API (also used by tests/web under Node.js) ----

class Engine {
  constructor(module) { this.m = module; }

  // The engine once iipcase.js's module is ready (factory: its createIipcase). Compiled
  // synchronously, the factory returns the module itself, whose `ready` promise says when.
  static load(factory) {
    const made = factory();
    return Promise.resolve(typeof made.then === 'function' ? made : made.ready).then((m) => new Engine(m));
  }

  // Calls a C API function with a JSON request and, for the checks, the files' bytes.
  call(name, request, bytes) {
    const m = this.m;
    const text = JSON.stringify(request || {});
    const size = m.lengthBytesUTF8(text) + 1;
    const req = m._malloc(size);
    m.stringToUTF8(text, req, size);
    let data = 0;
    try {
      if (bytes) {
        data = m._malloc(Math.max(bytes.length, 1));
        m.HEAPU8.set(bytes, data);
        return m.UTF8ToString(m['_iipcase_' + name](req, data, bytes.length));
      }
      return m.UTF8ToString(m['_iipcase_' + name](req));
    } finally {
      m._free(req);
      if (data) m._free(data);
    }
  }

  // files: [{path, bytes: Uint8Array, size}]; a file over max_size is sent without its bytes.
  static pack(files, maxSize) {
    const list = [];
    let total = 0;
    for (const f of files) {
      const size = f.size !== undefined ? f.size : f.bytes.length;
      list.push({ path: f.path, size });
      if (size <= maxSize) total += size;
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const f of files) {
      const size = f.size !== undefined ? f.size : f.bytes.length;
      if (size > maxSize) continue;
      bytes.set(f.bytes.subarray(0, size), offset);
      offset += size;
    }
    return { list, bytes };
  }

  about() { return JSON.parse(this.call('about')); }

  // The report text, byte for byte `iipcase check --format json` (options: lang, strict, batch).
  checkText(files, options) {
    const maxSize = options.max_size || 10 * 1024 * 1024;
    const { list, bytes } = Engine.pack(files, maxSize);
    return this.call('check_batch', Object.assign({}, options, { max_size: maxSize, files: list }), bytes);
  }
  check(files, options) { return JSON.parse(this.checkText(files, options)); }

  // The report and the summary table (options.summary: 'csv', 'json' or 'markdown') of one check.
  checkWithSummary(files, options) {
    const maxSize = options.max_size || 10 * 1024 * 1024;
    const { list, bytes } = Engine.pack(files, maxSize);
    return JSON.parse(this.call('check_batch', Object.assign({}, options, { max_size: maxSize, files: list }), bytes));
  }

  summary(files, options) {
    const maxSize = options.max_size || 10 * 1024 * 1024;
    const { list, bytes } = Engine.pack(files, maxSize);
    return JSON.parse(this.call('summary', Object.assign({}, options, { max_size: maxSize, files: list }), bytes));
  }
  explain(code, lang) { return JSON.parse(this.call('explain', { code, lang })); }
  init(mode) { return JSON.parse(this.call('init', mode ? { mode } : {})); }
}

if (typeof module !== 'undefined' && module.exports) module.exports = { Engine };

// ---- The page ----

const TEXTS = {
  en: {
    title: 'iipcase — check pilot case files in your browser',
    privacy: 'Runs entirely in this page: your files are read here and never uploaded anywhere.',
    loading: 'Loading the checker…',
    ready: 'Ready: rules {rules}, checker {version} (loaded in {ms} ms).',
    failed: 'The checker could not be loaded: {error}',
    drop: 'Drop case files (.yaml) or a whole folder here, or',
    'choose-files': 'choose files', 'choose-folder': 'choose a folder',
    paste: 'Paste a case file, or start from a template',
    template: 'Template for', 'any-mode': 'any mode',
    'make-template': 'Put the template in the box', 'download-template': 'Download the template',
    'check-paste': 'Check this text', strict: 'Strict: warnings make a case invalid',
    batch: 'Checks across the files (quotas, duplicates, ranks)', clear: 'Clear all',
    results: 'Findings', summary: 'Summary table of recommended cases (推荐汇总表)',
    'download-csv': 'Download the summary table (CSV)',
    totals: '{files} file(s): {valid} valid, {invalid} invalid; {errors} error(s), {warnings} warning(s). Checked in {ms} ms.',
    valid: 'valid', invalid: 'invalid', none: 'No findings.', hint: 'Hint:', explain: 'Explain',
    'file-level': 'whole file', at: 'line {line}, column {column}',
    skipped: 'Not checked (a folder is searched for *.yaml and *.yml only): {names}',
    error: 'error', warning: 'warning', pasted: 'pasted.yaml',
  },
  zh: {
    title: 'iipcase — 在浏览器中检查试点示范案例文件',
    privacy: '完全在本页面内运行：文件只在本机读取，不会上传到任何地方。',
    loading: '正在加载检查程序…',
    ready: '已就绪：规则 {rules}，检查程序 {version}（加载用时 {ms} 毫秒）。',
    failed: '检查程序无法加载：{error}',
    drop: '将案例文件（.yaml）或整个文件夹拖到这里，或者',
    'choose-files': '选择文件', 'choose-folder': '选择文件夹',
    paste: '粘贴案例文件内容，或从模板开始',
    template: '模板：', 'any-mode': '不指定应用模式',
    'make-template': '把模板放入文本框', 'download-template': '下载模板',
    'check-paste': '检查这段文本', strict: '严格：有警告也判为不通过',
    batch: '跨文件检查（名额、重复、排序）', clear: '全部清除',
    results: '检查结果', summary: '推荐汇总表',
    'download-csv': '下载推荐汇总表（CSV）',
    totals: '{files} 个文件：{valid} 个通过，{invalid} 个不通过；{errors} 个错误，{warnings} 个警告。检查用时 {ms} 毫秒。',
    valid: '通过', invalid: '不通过', none: '没有发现问题。', hint: '提示：', explain: '说明',
    'file-level': '整个文件', at: '第 {line} 行，第 {column} 列',
    skipped: '未检查（文件夹中只检查 *.yaml 和 *.yml）：{names}',
    error: '错误', warning: '警告', pasted: '粘贴内容.yaml',
  },
};

const state = {
  engine: null, about: null,
  lang: typeof navigator !== 'undefined' && (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en',
  files: new Map(),  // path → {path, bytes, size}
  skipped: [],
  report: null, summaryCsv: '', checkMs: 0, runs: 0,
};
const $ = (id) => document.getElementById(id);

function t(key, args) {
  let s = TEXTS[state.lang][key] ?? TEXTS.en[key] ?? key;
  for (const [k, v] of Object.entries(args || {})) s = s.split('{' + k + '}').join(String(v));
  return s;
}

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function setLang(lang) {
  state.lang = lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const node of document.querySelectorAll('[data-t]')) {
    if (node.id === 'status' && state.engine) continue;
    node.textContent = t(node.dataset.t);
  }
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  if (state.engine) { showStatusReady(); fillModes(); run(); }
}

function showStatusReady() {
  $('status').textContent = t('ready', { rules: state.about.rules, version: state.about.version, ms: state.readyMs.toFixed(0) });
}

// ---- Reading what is dropped ----

function readFile(file, path) {
  const limit = state.about ? state.about.max_size : 10 * 1024 * 1024;
  if (file.size > limit) return Promise.resolve({ path, bytes: new Uint8Array(0), size: file.size });
  return file.arrayBuffer().then((b) => ({ path, bytes: new Uint8Array(b), size: file.size }));
}

const isCaseFile = (name) => /\.ya?ml$/i.test(name);
const isHidden = (path) => path.split('/').some((part) => part.length > 1 && part.startsWith('.'));

// A folder's entries, recursively: its case files (hidden ones skipped, as the command line does).
async function readEntry(entry, out) {
  const path = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    if (!isCaseFile(entry.name) || isHidden(path)) { state.skipped.push(path); return; }
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    out.push(await readFile(file, path));
  } else if (entry.isDirectory) {
    if (isHidden(path)) return;
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (!batch.length) break;
      for (const e of batch) await readEntry(e, out);
    }
  }
}

async function addDropped(dataTransfer) {
  const read = [];
  const items = [...(dataTransfer.items || [])].filter((i) => i.kind === 'file');
  const entries = items.map((i) => (i.webkitGetAsEntry ? i.webkitGetAsEntry() : null));
  if (entries.length && entries.every((e) => e)) {
    for (const e of entries) {
      if (e.isFile) { const f = await new Promise((res, rej) => e.file(res, rej)); read.push(await readFile(f, e.name)); }
      else await readEntry(e, read);
    }
  } else {
    read.push(...await Promise.all([...dataTransfer.files].map((f) => readFile(f, f.webkitRelativePath || f.name))));
  }
  addFiles(read);
}

// Files chosen one by one are checked whatever their name, as the command line checks files named
// on it; a folder is searched for case files.
async function addPicked(fileList, folder) {
  const reads = [];
  for (const f of fileList) {
    const path = f.webkitRelativePath || f.name;
    if (folder && (!isCaseFile(f.name) || isHidden(path))) { state.skipped.push(path); continue; }
    reads.push(readFile(f, path));
  }
  addFiles(await Promise.all(reads));  // read side by side: one by one, 640 files took seconds
}

function addFiles(read) {
  for (const f of read) state.files.set(f.path, f);
  run();
}

// ---- Checking and showing ----

function run() {
  $('notes').textContent = state.skipped.length ? t('skipped', { names: state.skipped.join(', ') }) : '';
  if (!state.engine || !state.files.size) {
    $('results').hidden = $('summary').hidden = true;
    return;
  }
  const files = [...state.files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const options = { lang: state.lang, strict: $('strict').checked, batch: $('batch').checked, max_size: state.about.max_size };
  const start = performance.now();
  const answer = state.engine.checkWithSummary(files, Object.assign({ summary: 'csv' }, options));
  state.checkMs = performance.now() - start;
  if (answer.error) {
    $('notes').textContent = answer.error;
    return;
  }
  const { report, summary } = answer;
  state.report = report;
  state.summaryCsv = summary.text;
  showReport(report, files);
  showSummary(summary.text);
  // For tests and scripts: how many files the last check saw, and what it took (ms).
  document.body.dataset.checkMs = state.checkMs.toFixed(1);
  document.body.dataset.checked = String(files.length);
  document.body.dataset.runs = String(++state.runs);
}

function showReport(report, files) {
  const s = report.summary;
  $('totals').textContent = t('totals', Object.assign({ ms: state.checkMs.toFixed(1) }, s));
  const sources = new Map(files.map((f) => [f.path, f.bytes]));
  const list = $('files');
  list.replaceChildren();
  for (const file of report.files) list.append(fileView(file, sources.get(file.path)));
  $('results').hidden = false;
}

function fileView(file, bytes) {
  const errors = file.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = file.diagnostics.length - errors;
  const badge = el('span', { class: 'badge ' + (file.valid ? 'ok' : 'bad') }, t(file.valid ? 'valid' : 'invalid'));
  const head = el('summary', {}, badge, ' ', el('span', { class: 'path' }, file.path),
    file.case && file.case.title ? el('span', { class: 'title' }, ' — ' + file.case.title) : null,
    el('span', { class: 'counts' }, ` ${errors} ✖ ${warnings} ⚠`));
  const box = el('details', { class: 'file', 'data-path': file.path }, head);
  if (!file.valid || file.diagnostics.length) box.open = true;
  if (!file.diagnostics.length) { box.append(el('p', {}, t('none'))); return box; }
  const lines = sourceLines(bytes, file.diagnostics);
  const ol = el('ol', { class: 'findings' });
  for (const d of file.diagnostics) ol.append(findingView(d, lines));
  box.append(ol);
  return box;
}

// The lines of the source (only when it is UTF-8 text: an encoding finding means it is not).
function sourceLines(bytes, diagnostics) {
  if (!bytes || diagnostics.some((d) => d.code.startsWith('file.'))) return null;
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes).split(/\r?\n/); } catch (e) { return null; }
}

function findingView(d, lines) {
  const where = d.line ? t('at', { line: d.line, column: d.column || 1 }) : t('file-level');
  const item = el('li', { class: 'finding ' + d.severity, 'data-code': d.code, 'data-line': d.line || '' },
    el('div', { class: 'where' }, el('span', { class: 'sev' }, t(d.severity)), ' ', el('code', {}, d.code), ' · ', where,
      d.path ? el('span', { class: 'field' }, ' · ' + d.path) : null),
    el('div', { class: 'message' }, d.message));
  if (d.line && lines && d.line <= lines.length) item.append(excerpt(lines[d.line - 1], d.line, d.column || 1));
  if (d.hint) item.append(el('div', { class: 'hint' }, t('hint') + (state.lang === 'zh' ? '' : ' ') + d.hint));
  const text = el('pre', { class: 'explain', hidden: '' });
  const button = el('button', { type: 'button', class: 'explain-button', onclick: () => {
    if (text.hidden) {
      const e = state.engine.explain(d.code, state.lang);
      text.textContent = e.error ? e.error : e.text;
    }
    text.hidden = !text.hidden;
  } }, t('explain'));
  item.append(button, text);
  return item;
}

// The line, then a caret under the column (columns count code points; a wide CJK character
// takes two cells, as in the text report).
function excerpt(line, number, column) {
  const chars = [...line];
  let pad = '';
  for (const c of chars.slice(0, column - 1)) pad += c === '\t' ? '\t' : /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) || c.codePointAt(0) > 0x1ffff ? '  ' : ' ';
  const gutter = String(number) + ' | ';
  return el('pre', { class: 'source' }, gutter + line + '\n' + ' '.repeat(gutter.length - 2) + '| ' + pad + '^');
}

// The CSV the engine wrote, shown as a table: what is seen is what is downloaded.
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  text = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r') continue;
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function showSummary(csv) {
  const [header, ...rows] = parseCsv(csv);
  const table = $('summary-table');
  table.replaceChildren(el('thead', {}, el('tr', {}, ...header.map((h) => el('th', {}, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))));
  $('summary').hidden = false;
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function fillModes() {
  const select = $('mode');
  const chosen = select.value;
  const modes = state.engine.init().modes;
  select.replaceChildren(el('option', { value: '' }, t('any-mode')),
    ...modes.map((m) => el('option', { value: m.id }, state.lang === 'zh' ? m.zh : `${m.en} (${m.zh})`)));
  select.value = chosen;
}

function templateText() { return state.engine.init($('mode').value).text; }

function wire() {
  for (const b of document.querySelectorAll('[data-lang]')) b.addEventListener('click', () => setLang(b.dataset.lang));
  const drop = $('drop');
  for (const name of ['dragenter', 'dragover']) drop.addEventListener(name, (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); addDropped(e.dataTransfer); });
  // A file dropped beside the zone must not make the browser open it instead of the page.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
  // The list is copied before the input is reset (to let the same files be chosen again): the
  // reset empties the FileList while the files are still being read.
  $('pick-files').addEventListener('change', (e) => { addPicked([...e.target.files], false); e.target.value = ''; });
  $('pick-folder').addEventListener('change', (e) => { addPicked([...e.target.files], true); e.target.value = ''; });
  $('check-paste').addEventListener('click', () => {
    const bytes = new TextEncoder().encode($('paste').value);
    addFiles([{ path: t('pasted'), bytes, size: bytes.length }]);
  });
  $('make-template').addEventListener('click', () => { $('paste').value = templateText(); });
  $('download-template').addEventListener('click', () => download(($('mode').value || 'case') + '.yaml', templateText(), 'text/yaml'));
  $('strict').addEventListener('change', run);
  $('batch').addEventListener('change', run);
  $('clear').addEventListener('click', () => { state.files.clear(); state.skipped = []; run(); });
  $('download-csv').addEventListener('click', () => download(state.lang === 'zh' ? '推荐汇总表.csv' : 'summary.csv', state.summaryCsv, 'text/csv;charset=utf-8'));
}

if (typeof document !== 'undefined') {
  wire();
  setLang(state.lang);
  Engine.load(createIipcase).then((engine) => {
    state.engine = engine;
    state.about = state.engine.about();
    state.readyMs = performance.now();
    document.body.dataset.readyMs = state.readyMs.toFixed(1);  // for tests: page ready, engine compiled
    showStatusReady();
    fillModes();
    run();
  }, (error) => { $('status').textContent = t('failed', { error }); });
}
