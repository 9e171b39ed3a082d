#!/usr/bin/env node
// Lint time of examples/acme with and without trackplan's rules, same parser, same files, each in
// a fresh process (so the plan load and module parsing count). Prints medians and the ratio.
//   node bench/lint-example.js [runs=7]
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 7);
const acme = fileURLToPath(new URL('../examples/acme', import.meta.url));
const probe = (withRules) => `
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import trackplan from 'eslint-plugin-trackplan';
const config = [{ files: ['**/*.{ts,tsx,js}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } }${withRules ? ', trackplan.configs.recommended' : ''}];
const eslint = new ESLint({ cwd: ${JSON.stringify(acme)}, overrideConfigFile: true, overrideConfig: config });
const t = performance.now();
const results = await eslint.lintFiles(['.']);
console.log(JSON.stringify({ ms: performance.now() - t, files: results.length, messages: results.reduce((n, r) => n + r.messages.length, 0) }));
`;
const measure = (withRules) => {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const { stdout, stderr, status } = spawnSync(process.execPath, ['--input-type=module', '-e', probe(withRules)], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    if (status !== 0) throw new Error(stderr);
    samples.push(JSON.parse(stdout));
  }
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)], files: samples[0].files, messages: samples[0].messages };
};
const floor = measure(false);
const rules = measure(true);
console.log(`eslint examples/acme (${floor.files} files), medians of ${runs} fresh processes (${cpus().length} cores, node ${process.version})`);
console.log(`  parser only, no rules          ${floor.ms.toFixed(1)} ms`);
console.log(`  + trackplan recommended        ${rules.ms.toFixed(1)} ms  (${rules.messages} findings)`);
console.log(`  ratio                          ${(rules.ms / floor.ms).toFixed(2)}x  (includes the one-time plan load, ${(rules.ms - floor.ms).toFixed(1)} ms)`);
