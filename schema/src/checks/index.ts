import type { Diagnostic } from '../diagnostic.js';
import { listPlanProperties, type CheckContext, type PlanCheck } from './check-context.js';
import { checkEventNames } from './event-names.js';
import { checkNamingConventions } from './naming-conventions.js';
import { checkPropertyDrift } from './property-drift.js';
import { checkPropertySchemas } from './property-schemas.js';
import { checkReferences } from './references.js';
import { checkReservedNames } from './reserved-names.js';

/** The semantic checks, run on every load after the format check passed. */
export const PLAN_CHECKS: readonly PlanCheck[] = [
  checkEventNames,
  checkNamingConventions,
  checkReferences,
  checkReservedNames,
  checkPropertySchemas,
  checkPropertyDrift,
];

export function runPlanChecks(input: Omit<CheckContext, 'properties'>): Diagnostic[] {
  const context: CheckContext = { ...input, properties: listPlanProperties(input.plan) };
  return PLAN_CHECKS.flatMap((check) => check(context));
}
