#!/usr/bin/env node
// The per-file cost of finding a file's plan and checking that it is current: what the plugin pays
// on every linted file before any rule works. 5,000 files in 250 folders four levels below the plan.
//   node bench/plan-lookup.js [--root DIR]   (--root: another checkout's build, for before/after)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { planYaml } from './generate-plan.js';

const i = process.argv.indexOf('--root');
const root = i === -1 ? fileURLToPath(new URL('..', import.meta.url)) : process.argv[i + 1];
const { planStateFor } = await import(pathToFileURL(join(root, 'eslint-plugin/dist/plan-state.js')).href);

const dir = mkdtempSync(join(tmpdir(), 'trackplan-bench-lookup-'));
mkdirSync(join(dir, 'node_modules'));
writeFileSync(join(dir, 'tracking-plan.yaml'), planYaml(2000));
const files = [];
for (let f = 0; f < 250; f++) {
  const folder = join(dir, 'packages', `p${f % 10}`, 'src', `feature${f}`);
  mkdirSync(folder, { recursive: true });
  for (let n = 0; n < 20; n++) files.push(join(folder, `file${n}.ts`));
}
planStateFor(files[0], dir, undefined); // the one plan load, not measured
const times = [];
for (let round = 0; round < 7; round++) {
  const start = process.hrtime.bigint();
  for (const file of files) planStateFor(file, dir, undefined);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const median = times[3];
console.log(`${root}: ${files.length} lookups, median of 7 rounds ${median.toFixed(1)} ms = ${((median * 1000) / files.length).toFixed(2)} µs a file`);
