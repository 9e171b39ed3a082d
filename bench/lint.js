#!/usr/bin/env node
// Lint overhead of trackplan against the parse-only floor, on a generated corpus of N TypeScript
// files and a 2,000-event plan: ESLint on the same files with the same parser, several ways, each
// run in a fresh process; medians and ratios; how many times the plan was loaded.
//   node bench/lint.js [files=5000] [runs=3] [--typed]     (--typed adds the projectService runs)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCorpus } from './generate-corpus.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = Number(args[0] ?? 5000);
const runs = Number(args[1] ?? 3);
const typed = process.argv.includes('--typed');
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trackplan-bench-lint-'));
writeCorpus(dir, { files });
// Like any project: a node_modules folder, where the plan's load cache lives.
mkdirSync(join(dir, 'node_modules'));

const url = (path) => JSON.stringify(pathToFileURL(join(root, path)).href);
const config = (body) => `import * as parser from ${url('node_modules/@typescript-eslint/parser/dist/index.js')};
import trackplan from ${url('eslint-plugin/dist/index.js')};
import tseslint from ${url('node_modules/@typescript-eslint/eslint-plugin/dist/index.js')};
void trackplan; void tseslint;
export default ${body};
`;
const parse = "{ files: ['**/*.ts'], languageOptions: { parser } }";
const typedParse = `{ files: ['**/*.ts'], languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: ${JSON.stringify(dir)} } } }`;
const cheapTypedRule = "{ plugins: { '@typescript-eslint': tseslint }, rules: { '@typescript-eslint/no-for-in-array': 'error' } }";
// ESLint skips the rule traversal when no rule is on, so a rule that does nothing is a second floor:
// what any plugin pays before doing anything.
const emptyRule = "{ plugins: { empty: { rules: { rule: { meta: { schema: [] }, create: () => ({ CallExpression() {} }) } } } }, rules: { 'empty/rule': 'error' } }";
const modes = {
  floor: `[${parse}]`,
  emptyRule: `[${parse}, ${emptyRule}]`,
  recommended: `[${parse}, trackplan.configs.recommended]`,
  ...(typed
    ? {
        typedBaseline: `[${typedParse}, ${cheapTypedRule}]`,
        typeChecked: `[${typedParse}, ${cheapTypedRule}, trackplan.configs['type-checked']]`,
      }
    : {}),
};
for (const [name, body] of Object.entries(modes)) writeFileSync(join(dir, `eslint.${name}.config.js`), config(body));

const probe = (name, concurrency) => `
import { ESLint } from ${url('node_modules/eslint/lib/api.js')};
const eslint = new ESLint({ cwd: ${JSON.stringify(dir)}, overrideConfigFile: 'eslint.${name}.config.js', concurrency: ${JSON.stringify(concurrency)} });
const t = performance.now();
const results = await eslint.lintFiles(['src']);
const ms = performance.now() - t;
console.log(JSON.stringify({ ms, files: results.length, messages: results.reduce((n, r) => n + r.messages.length, 0), fatal: results.reduce((n, r) => n + r.fatalErrorCount, 0) }));
`;

function measure(name, concurrency) {
  const samples = [];
  let loads = 0;
  for (let i = 0; i < runs; i++) {
    const log = join(dir, `loads-${name}-${concurrency}-${i}.log`);
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe(name, concurrency)], { encoding: 'utf8', env: { ...process.env, TRACKPLAN_LOAD_LOG: log }, maxBuffer: 1 << 26 });
    samples.push(JSON.parse(out));
    loads = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').length : 0;
  }
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  return { ...sorted[Math.floor(sorted.length / 2)], loads };
}

console.log(`eslint on ${files} generated files + 2,000-event plan, median of ${runs} fresh processes (${cpus().length} cores, node ${process.version})`);
const results = {};
for (const name of Object.keys(modes)) {
  for (const concurrency of ['off', 'auto']) {
    const r = measure(name, concurrency);
    results[`${name}/${concurrency}`] = r;
    console.log(`  ${`${name}, --concurrency ${concurrency}`.padEnd(34)} ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${String(r.messages).padStart(6)} findings  ${r.fatal} fatal  plan loads ${r.loads}`);
  }
}
const ratio = (a, b) => (results[a].ms / results[b].ms).toFixed(3);
for (const c of ['off', 'auto']) {
  console.log(`  recommended / floor (${c}): ${ratio(`recommended/${c}`, `floor/${c}`)}x (target <= 1.05); recommended / one empty rule: ${ratio(`recommended/${c}`, `emptyRule/${c}`)}x; empty rule / floor: ${ratio(`emptyRule/${c}`, `floor/${c}`)}x`);
  if (typed) console.log(`  type-checked / typed baseline (${c}): ${ratio(`typeChecked/${c}`, `typedBaseline/${c}`)}x (target <= 1.03)`);
}
rmSync(dir, { recursive: true, force: true });
