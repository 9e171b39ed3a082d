#!/usr/bin/env node
// How long a plan takes to load, check and compile, cold, in one process: what every
// `trackplan` command and every ESLint worker pays once. Prints medians over fresh processes.
//   node bench/load-plan.js [events=2000] [runs=7]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { planYaml } from './generate-plan.js';

const events = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 7);
const dir = mkdtempSync(join(tmpdir(), 'trackplan-bench-'));
const file = join(dir, 'tracking-plan.yaml');
writeFileSync(file, planYaml(events));
// A node_modules folder, as every project using trackplan has: where the load cache lives.
mkdirSync(join(dir, 'node_modules'));
const core = new URL('../schema/dist/index.js', import.meta.url).href;

// One fresh process per run, so every figure is cold: module import, meta-schema compile, parse.
const probe = `
const t0 = performance.now();
const { loadPlan } = await import(${JSON.stringify(core)});
const t1 = performance.now();
const result = loadPlan(${JSON.stringify(file)});
const t2 = performance.now();
if (!result.valid) { console.error(result.diagnostics.slice(0, 3)); process.exit(1); }
const plan = result.plan;
const first = [...plan.events.keys()][0];
plan.eventValidator(first);
const t3 = performance.now();
for (const key of plan.events.keys()) plan.eventValidator(key);
const t4 = performance.now();
const again = loadPlan(${JSON.stringify(file)});
const t5 = performance.now();
console.log(JSON.stringify({ import: t1 - t0, load: t2 - t1, firstValidator: t3 - t2, allValidators: t4 - t3, warmLoad: t5 - t4, events: again.plan.events.size }));
`;

const measure = (env) => {
  const { stdout, stderr, status } = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (status !== 0) throw new Error(stderr);
  return JSON.parse(stdout);
};
// Without the load cache: what the first process after an edit pays.
const uncached = [];
for (let i = 0; i < runs; i++) uncached.push(measure({ TRACKPLAN_NO_CACHE: '1' }));
measure({}); // writes the cache entry
const samples = [];
for (let i = 0; i < runs; i++) samples.push(measure({}));
rmSync(dir, { recursive: true, force: true });

const median = (key, from = samples) => {
  const sorted = from.map((s) => s[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (n) => `${n.toFixed(1)} ms`;
console.log(`plan load, ${events} events, median of ${runs} fresh processes (${cpus().length} cores, node ${process.version})`);
console.log(`  import @trackplan/schema           ${ms(median('import'))}`);
console.log(`  load + check, cold, no cache       ${ms(median('load', uncached))}   (the first process after the plan changes)`);
console.log(`  load + check, cold, cached         ${ms(median('load'))}   target <= 100 ms (every later process: ESLint workers, CLI runs)`);
console.log(`  first event validator (ajv)        ${ms(median('firstValidator'))}`);
console.log(`  all ${events} event validators       ${ms(median('allValidators'))}   (compiled lazily; a lint run compiles only those it uses)`);
console.log(`  load + check again (warm process)  ${ms(median('warmLoad'))}`);
console.log(`  (the import figure is the same either way: ajv, picomatch and the core; js-yaml, yaml, momoa and tinyglobby load on first use)`);
