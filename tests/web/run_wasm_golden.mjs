#!/usr/bin/env node
// The browser's engine under Node.js: the page's own Engine (web/app.js) over the WebAssembly
// build (iipcase.js) must give exactly the command line's reports:
//   * every tests/golden case: its .expected.json (the CLI's `check --no-batch --format json
//     --lang en`, run in the golden folder, so the path is the bare file name);
//   * every example (examples/**/*.yaml): the CLI's JSON report of the same file, in en and zh;
//   * the submission repository as one batch: the CLI's report with the checks across files, and
//     `iipcase summary --format csv` in both languages;
//   * a file over the size limit: the CLI's file.too-large report.
// Exit 77 (skipped) when the WebAssembly build is absent. Prints 'N passed, N failed'.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const web = args.web, golden = args.golden, examples = path.resolve(args.examples || 'examples');
const cli = args.iipcase && path.resolve(args.iipcase);
if (!web || !fs.existsSync(path.join(web, 'iipcase.js'))) {
  console.log(`skipped: no WebAssembly build in ${web} (scripts/build-deps-wasm.sh; cmake --workflow --preset wasm)`);
  process.exit(77);
}

const require = createRequire(import.meta.url);
const createIipcase = require(path.resolve(web, 'iipcase.js'));
const { Engine } = require(path.resolve(web, 'app.js'));
const engine = await Engine.load(createIipcase);

let passed = 0, failed = 0;
function verdict(ok, what, detail) {
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
  if (!ok && detail) console.log(detail);
  ok ? passed++ : failed++;
}
// The first line where two texts differ, for a failure's message.
function firstDifference(a, b) {
  const x = a.split('\n'), y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if (x[i] !== y[i]) return `  line ${i + 1}:\n    wasm: ${x[i]}\n    cli:  ${y[i]}`;
  return '';
}
const same = (what, actual, expected) => verdict(actual === expected, what, firstDifference(actual, expected));
const read = (file) => new Uint8Array(fs.readFileSync(file));
const runCli = (cwd, ...argv) => {
  try {
    return execFileSync(cli, argv, { cwd, env: { ...process.env, LC_ALL: 'C', NO_COLOR: '1' }, maxBuffer: 1 << 28 }).toString();
  } catch (e) {
    if (e.status === 1 && e.stdout) return e.stdout.toString();  // invalid cases: exit status 1
    throw e;
  }
};

// ---- golden cases (the files run_golden.py checks) ----
const skip = ['.expect', '.txt', '.json', '.md', '.py'];
const names = fs.readdirSync(golden).filter((n) => !n.startsWith('.') && !skip.some((s) => n.endsWith(s))).sort();
verdict(names.length > 100, `${names.length} golden cases`);
for (const name of names) {
  const expected = fs.readFileSync(path.join(golden, name + '.expected.json'), 'utf8');
  const actual = engine.checkText([{ path: name, bytes: read(path.join(golden, name)) }], { lang: 'en', batch: false });
  same(`golden ${name}`, actual, expected);
}

// ---- examples and batches, against the command line ----
if (!cli || !fs.existsSync(cli)) {
  console.log('note: no --iipcase binary: the examples are not compared');
} else {
  const root = path.dirname(examples);
  const list = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith('.')) walk(p);
      else if (/\.ya?ml$/.test(e.name)) list.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  walk(examples);
  verdict(list.length >= 9, `${list.length} examples`);
  for (const file of list)
    for (const lang of ['en', 'zh']) {
      const expected = runCli(root, 'check', '--no-batch', '--color', 'never', '--format', 'json', '--lang', lang, file);
      same(`example ${file} (${lang})`, engine.checkText([{ path: file, bytes: read(path.join(root, file)) }], { lang, batch: false }), expected);
    }

  // One batch: the CLI searches the folder (sorted paths), the page gets the same files.
  const repo = path.join(path.basename(examples), 'submission-repo', 'cases');
  const batch = list.filter((f) => f.startsWith(repo + '/')).map((f) => ({ path: f, bytes: read(path.join(root, f)) }));
  verdict(batch.length >= 4, `submission repository: ${batch.length} cases`);
  for (const lang of ['en', 'zh']) {
    same(`batch check of ${repo} (${lang})`, engine.checkText(batch, { lang, batch: true }),
      runCli(root, 'check', '--color', 'never', '--format', 'json', '--lang', lang, repo));
    const summary = engine.summary(batch, { lang, format: 'csv' });
    const table = runCli(root, 'summary', '--format', 'csv', '--lang', lang, repo);
    same(`summary table of ${repo} as CSV (${lang})`, summary.text, table);
    // The page's one call: the report and the table of one check, with or without the batch checks.
    for (const withBatch of [true, false]) {
      const both = engine.checkWithSummary(batch, { lang, batch: withBatch, summary: 'csv' });
      same(`report and table of one check (${lang}, batch ${withBatch})`, JSON.stringify(both.report) + both.summary.text,
        JSON.stringify(engine.check(batch, { lang, batch: withBatch })) + table);
    }
  }
  // Strict: warnings make a file invalid, as --strict does.
  const invalid = list.filter((f) => f.includes('/invalid/')).map((f) => ({ path: f, bytes: read(path.join(root, f)) }));
  same('strict batch of examples/invalid', engine.checkText(invalid, { lang: 'en', strict: true, batch: true }),
    runCli(root, 'check', '--strict', '--color', 'never', '--format', 'json', '--lang', 'en', ...invalid.map((f) => f.path)));

  // Over the size limit: the page sends the size, not the bytes.
  const tmp = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || '/tmp'), 'iipcase-web-'));
  const big = path.join(tmp, 'big.yaml');
  fs.writeFileSync(big, Buffer.alloc(2048, 'a'));
  same('file over --max-size 1000', engine.checkText([{ path: 'big.yaml', bytes: read(big), size: 2048 }], { lang: 'en', batch: false, max_size: 1000 }),
    runCli(tmp, 'check', '--no-batch', '--max-size', '1000', '--color', 'never', '--format', 'json', '--lang', 'en', 'big.yaml'));
  fs.rmSync(tmp, { recursive: true });

  // init and explain: the texts of the command line.
  same('init --mode smart-manufacturing', engine.init('smart-manufacturing').text, runCli(root, 'init', '--mode', 'smart-manufacturing'));
  same('init', engine.init('').text, runCli(root, 'init'));
  for (const lang of ['en', 'zh'])
    same(`explain credit-code.checksum (${lang})`, engine.explain('credit-code.checksum', lang).text,
      runCli(root, 'explain', '--lang', lang, 'credit-code.checksum'));
}

// ---- the API's own answers ----
const unknown = engine.explain('credit-code.checksun', 'en');
verdict(unknown.error && unknown.nearest.includes('credit-code.checksum'), 'explain of a mistyped code names the nearest');
verdict(engine.init('no-such-mode').error !== undefined, 'init of an unknown mode is an error');
verdict(JSON.parse(engine.call('check_batch', { files: [{ path: 'a.yaml', size: 10 }] }, new Uint8Array(3))).error !== undefined,
  'a request naming more bytes than it sends is an error, not a crash');
verdict(JSON.parse(engine.call('check_batch', { files: 'x' }, new Uint8Array(0))).error !== undefined, 'a malformed request is an error');
verdict(engine.about().rules === 'iip-case/2021', 'about names the rules');

console.log(`wasm golden: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
