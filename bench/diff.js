#!/usr/bin/env node
// How long `trackplan diff` takes on large plans: two N-event plans with about 5% of events
// changed, loaded, diffed and rendered (text, JSON, markdown). Each size runs in fresh processes;
// figures are medians.   node bench/diff.js [runs=5]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { generatePlan, mutatePlan } from './generate-plan.js';

const runs = Number(process.argv[2] ?? 5);
const core = new URL('../schema/dist/index.js', import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), 'trackplan-bench-diff-'));

const probe = (base, head) => `
const { loadPlan, diffPlans, renderText, renderJson, renderMarkdown, reportProducts } = await import(${JSON.stringify(core)});
let t = performance.now();
const lap = () => { const now = performance.now(); const d = now - t; t = now; return d; };
const a = loadPlan(${JSON.stringify(base)}).plan, b = loadPlan(${JSON.stringify(head)}).plan;
const load = lap();
const diff = diffPlans(a, b);
const diffTime = lap();
renderText(diff); renderJson(diff);
const md = renderMarkdown(diff, { products: reportProducts(a, b) });
const render = lap();
console.log(JSON.stringify({ load, diff: diffTime, render, changes: diff.changes.length, markdown: md.length }));
`;

const results = {};
for (const events of [10_000, 20_000]) {
  const plan = generatePlan(events);
  const base = join(dir, `base-${events}.yaml`);
  const head = join(dir, `head-${events}.yaml`);
  writeFileSync(base, stringify(plan, { lineWidth: 0 }));
  writeFileSync(head, stringify(mutatePlan(plan), { lineWidth: 0 }));
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const { stdout, stderr, status } = spawnSync(process.execPath, ['--input-type=module', '-e', probe(base, head)], { encoding: 'utf8' });
    if (status !== 0) throw new Error(stderr);
    samples.push(JSON.parse(stdout));
  }
  const median = (key) => samples.map((s) => s[key]).sort((x, y) => x - y)[Math.floor(samples.length / 2)];
  results[events] = { load: median('load'), diff: median('diff'), render: median('render'), changes: samples[0].changes, markdown: samples[0].markdown };
}
rmSync(dir, { recursive: true, force: true });

const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;
console.log(`trackplan diff, medians of ${runs} fresh processes (${cpus().length} cores, node ${process.version})`);
for (const [events, r] of Object.entries(results)) {
  console.log(
    `  ${events} events, ${r.changes} changes: load both ${ms(r.load)}  diff ${ms(r.diff)}  render all ${ms(r.render)}  (markdown ${r.markdown} chars)`,
  );
}
const ratio = (key) => (results[20000][key] / results[10000][key]).toFixed(2);
for (const r of Object.values(results)) r.total = r.load + r.diff + r.render;
console.log(`  diff 10k ${ms(results[10000].diff)} (target <= 500 ms); whole command 10k ${ms(results[10000].total)}`);
console.log(`  20k / 10k: diff ${ratio('diff')}x, load ${ratio('load')}x, render ${ratio('render')}x, whole ${ratio('total')}x (target <= 2.2x)`);
