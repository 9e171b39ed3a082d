#!/usr/bin/env node
// Lint overhead of trackplan on a generated corpus of N TypeScript files and a 2,000-event plan:
// ESLint on the same files with the same parser, several ways, each run in a fresh process.
//   node bench/lint.js [files=5000] [rounds=3] [--no-typed] [--against DIR]
// --against DIR adds recommended (and type-checked) with another checkout's built plugin, run in the
// same rounds, and prints this checkout's time over the other's. --ways a,b runs only those ways
// (floor, noopRules, recommended, typedBaseline, typeChecked, otherRecommended, otherTypeChecked).
//
// Each round runs every way once, one after the other, and ratios are taken within a round before
// the median is taken: this machine's speed drifts by ±5 % between minutes, more than the
// differences measured, and runs a few seconds apart share the same drift.
//
// The ways:
// - floor: no rule at all, the parse-only floor (ESLint still builds scopes and code paths);
// - no-op rules: recommended's seven rule names, each doing nothing. ESLint charges for any enabled
//   rule before the rule does anything (see docs/design-notes.md, "Lint overhead"), so this is what
//   a plugin that did no work at all would cost; trackplan's own cost is recommended over this;
// - recommended: trackplan's recommended config;
// - typed baseline: projectService with typescript-eslint's cheap `no-for-in-array` alone;
// - type-checked: the same plus trackplan's `type-checked` config.
// Every way runs with `--concurrency off` and `auto`; recommended also runs with 2 workers once, to
// count plan loads per worker (`auto` is one worker or none on a 2-core machine).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCorpus } from './generate-corpus.js';

const againstAt = process.argv.indexOf('--against');
const against = againstAt === -1 ? undefined : process.argv[againstAt + 1];
const waysAt = process.argv.indexOf('--ways');
const ways = waysAt === -1 ? undefined : process.argv[waysAt + 1].split(',');
const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--against' && all[i - 1] !== '--ways');
const files = Number(args[0] ?? 5000);
const rounds = Number(args[1] ?? 3);
const typed = !process.argv.includes('--no-typed');
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trackplan-bench-lint-'));
writeCorpus(dir, { files });
// Like any project: a node_modules folder, where the plan's load cache lives.
mkdirSync(join(dir, 'node_modules'));

const url = (path) => JSON.stringify(pathToFileURL(join(root, path)).href);
const { default: trackplan } = await import(pathToFileURL(join(root, 'eslint-plugin/dist/index.js')).href);
const recommendedRules = Object.keys(trackplan.configs.recommended.rules).map((id) => id.replace('trackplan/', ''));
const config = (body) => `import * as parser from ${url('node_modules/@typescript-eslint/parser/dist/index.js')};
import trackplan from ${url('eslint-plugin/dist/index.js')};
${against ? `import other from ${JSON.stringify(pathToFileURL(join(against, 'eslint-plugin/dist/index.js')).href)};\nvoid other;` : ''}
import tseslint from ${url('node_modules/@typescript-eslint/eslint-plugin/dist/index.js')};
void trackplan; void tseslint;
const noop = { meta: { schema: [] }, create: () => ({ CallExpression() {} }) };
const noopPlugin = { rules: Object.fromEntries(${JSON.stringify(recommendedRules)}.map((name) => [name, noop])) };
void noopPlugin;
export default ${body};
`;
const parse = "{ files: ['**/*.ts'], languageOptions: { parser } }";
const typedParse = `{ files: ['**/*.ts'], languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: ${JSON.stringify(dir)} } } }`;
const cheapTypedRule = "{ plugins: { '@typescript-eslint': tseslint }, rules: { '@typescript-eslint/no-for-in-array': 'error' } }";
const noopRules = `{ plugins: { noop: noopPlugin }, rules: Object.fromEntries(${JSON.stringify(recommendedRules)}.map((name) => ['noop/' + name, 'error'])) }`;
const modes = {
  floor: `[${parse}]`,
  noopRules: `[${parse}, ${noopRules}]`,
  recommended: `[${parse}, trackplan.configs.recommended]`,
  ...(typed
    ? {
        typedBaseline: `[${typedParse}, ${cheapTypedRule}]`,
        typeChecked: `[${typedParse}, ${cheapTypedRule}, trackplan.configs['type-checked']]`,
      }
    : {}),
  ...(against ? { otherRecommended: `[${parse}, other.configs.recommended]` } : {}),
  ...(against && typed ? { otherTypeChecked: `[${typedParse}, ${cheapTypedRule}, other.configs['type-checked']]` } : {}),
};
const labels = {
  floor: 'floor (no rule)',
  noopRules: `${recommendedRules.length} no-op rules`,
  recommended: 'recommended',
  typedBaseline: 'typed baseline',
  typeChecked: 'type-checked',
  otherRecommended: 'recommended (--against)',
  otherTypeChecked: 'type-checked (--against)',
};
for (const name of Object.keys(modes)) if (ways && !ways.includes(name)) delete modes[name];
for (const [name, body] of Object.entries(modes)) writeFileSync(join(dir, `eslint.${name}.config.js`), config(body));

const probe = (name, concurrency) => `
import { ESLint } from ${url('node_modules/eslint/lib/api.js')};
const eslint = new ESLint({ cwd: ${JSON.stringify(dir)}, overrideConfigFile: 'eslint.${name}.config.js', concurrency: ${JSON.stringify(concurrency)} });
const t = performance.now();
const cpu = process.cpuUsage();
const results = await eslint.lintFiles(['src']);
const ms = performance.now() - t;
const { user, system } = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms, cpuMs: (user + system) / 1000, files: results.length, messages: results.reduce((n, r) => n + r.messages.length, 0), fatal: results.reduce((n, r) => n + r.fatalErrorCount, 0) }));
`;

let runId = 0;
/** One fresh `node` process linting the corpus; how long it took and how often the plan was loaded. */
function lintOnce(name, concurrency) {
  const log = join(dir, `loads-${runId++}.log`);
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe(name, concurrency)], {
    encoding: 'utf8',
    env: { ...process.env, TRACKPLAN_LOAD_LOG: log },
    maxBuffer: 1 << 26,
  });
  // One line per plan load, naming the process and thread that loaded it.
  const loads = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  return { ...JSON.parse(out), loads: loads.length, threads: new Set(loads).size };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

console.log(
  `eslint on ${files} generated files + a 2,000-event plan; ${rounds} rounds of fresh processes, medians (${cpus().length} cores, node ${process.version})`,
);
console.log('wall time of lintFiles; ratios are medians of per-round ratios, CPU time (user + system, all threads) beside them');
const samples = {};
for (let round = 0; round < rounds; round++) {
  for (const concurrency of ['off', 'auto']) {
    for (const name of Object.keys(modes)) {
      const r = lintOnce(name, concurrency);
      (samples[`${name}/${concurrency}`] ??= []).push(r);
      process.stderr.write(`  round ${round + 1}: ${labels[name]}, --concurrency ${concurrency}: ${seconds(r.ms)}\n`);
    }
  }
}

console.log('');
for (const concurrency of ['off', 'auto']) {
  for (const name of Object.keys(modes)) {
    const runs = samples[`${name}/${concurrency}`];
    const last = runs[runs.length - 1];
    console.log(
      `  ${`${labels[name]}, --concurrency ${concurrency}`.padEnd(38)} ${seconds(median(runs.map((r) => r.ms))).padStart(8)}  ${String(last.messages).padStart(6)} findings  ${last.fatal} fatal  plan loads ${last.loads}`,
    );
  }
}
const workers = modes.recommended && lintOnce('recommended', 2);
if (workers)
  console.log(
    `  ${'recommended, --concurrency 2'.padEnd(38)} ${seconds(workers.ms).padStart(8)}  ${String(workers.messages).padStart(6)} findings  ${workers.fatal} fatal  plan loads ${workers.loads} (in ${workers.threads} threads)`,
  );

/** The median over rounds of a/b, each ratio taken within one round: wall time, then CPU time (all threads). */
const ratioOf = (key, a, b, concurrency) => median(samples[`${a}/${concurrency}`].map((r, i) => r[key] / samples[`${b}/${concurrency}`][i][key])).toFixed(3);
const ratio = (a, b, concurrency) =>
  samples[`${a}/${concurrency}`] && samples[`${b}/${concurrency}`]
    ? `${ratioOf('ms', a, b, concurrency)}x  (CPU ${ratioOf('cpuMs', a, b, concurrency)}x)`
    : 'not run';
console.log('');
for (const c of ['off', 'auto']) {
  console.log(`  --concurrency ${c}:`);
  console.log(`    recommended / floor           ${ratio('recommended', 'floor', c)}   issue target <= 1.05`);
  console.log(`    recommended / no-op rules     ${ratio('recommended', 'noopRules', c)}   trackplan's own cost`);
  console.log(`    no-op rules / floor           ${ratio('noopRules', 'floor', c)}   ESLint's price of enabling any rule`);
  if (typed) console.log(`    type-checked / typed baseline ${ratio('typeChecked', 'typedBaseline', c)}   target <= 1.03`);
  if (against) console.log(`    recommended / --against's     ${ratio('recommended', 'otherRecommended', c)}   this checkout against ${against}`);
  if (against && typed) console.log(`    type-checked / --against's    ${ratio('typeChecked', 'otherTypeChecked', c)}`);
}
rmSync(dir, { recursive: true, force: true });
