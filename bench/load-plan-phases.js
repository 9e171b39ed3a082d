#!/usr/bin/env node
// Where a cold plan load spends its time, phase by phase (first round cold, second warm).
//   node bench/load-plan-phases.js [events=2000]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planYaml } from './generate-plan.js';
const { parsePlanFile } = await import('../schema/dist/source/parse-plan-file.js');
const { checkFormat } = await import('../schema/dist/check-format.js');
const { mergeIncludes } = await import('../schema/dist/merge-includes.js');
const { PlanSources } = await import('../schema/dist/plan-sources.js');
const { RefResolver } = await import('../schema/dist/resolve-refs.js');
const { buildModel } = await import('../schema/dist/build-model.js');
const { TrackingPlan } = await import('../schema/dist/tracking-plan.js');
const { PLAN_CHECKS } = await import('../schema/dist/checks/index.js');
const { listPlanProperties } = await import('../schema/dist/checks/check-context.js');
const file = join(mkdtempSync(join(tmpdir(), 'trackplan-bench-')), 'tracking-plan.yaml');
const text = planYaml(Number(process.argv[2] ?? 2000));
writeFileSync(file, text);
for (let round = 0; round < 2; round++) {
  const m = {};
  let t = performance.now();
  const lap = (k) => {
    const n = performance.now();
    m[k] = +(n - t).toFixed(1);
    t = n;
  };
  const parsed = parsePlanFile(file, text);
  lap('parse');
  checkFormat(parsed.document, 'plan');
  lap('format');
  const sources = new PlanSources(parsed.document, []);
  const { plan: raw } = mergeIncludes(sources);
  lap('merge');
  const refs = new RefResolver(raw.$defs, sources);
  const plan = new TrackingPlan(buildModel(raw, refs), sources);
  lap('model');
  const properties = listPlanProperties(plan);
  lap('listProperties');
  for (const check of PLAN_CHECKS) {
    check({ plan, raw, properties });
    lap(check.name);
  }
  console.log(`${round === 0 ? 'cold' : 'warm'} (ms):`, JSON.stringify(m));
}
