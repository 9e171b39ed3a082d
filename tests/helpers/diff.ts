import { diffPlans, type PlanDiff, type TrackingPlan } from '../../schema/src/index.js';
import { loadText } from './load.js';

/** A plan from plain objects (written as a JSON plan), with `version: 1` filled in. */
export function planOf(sections: Record<string, unknown>): TrackingPlan {
  const result = loadText(JSON.stringify({ version: 1, ...sections }), 'tracking-plan.json');
  if (!result.valid) throw new Error(`test plan is invalid: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.plan!;
}

export const diffOf = (base: Record<string, unknown>, head: Record<string, unknown>): PlanDiff => diffPlans(planOf(base), planOf(head));
