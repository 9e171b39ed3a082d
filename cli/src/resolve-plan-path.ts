import { resolve } from 'node:path';
import { UsageError } from './cli-io.js';
import { PLAN_FILE_NAMES, findPlan } from '@trackplan/schema';

/** `--plan` as given (relative to the working directory), else the nearest plan above it. */
export function resolvePlanPath(plan: string | undefined, cwd: string): string {
  if (plan !== undefined) return resolve(cwd, plan);
  const found = findPlan(cwd);
  if (!found) throw new UsageError(`no ${PLAN_FILE_NAMES.join(', ')} in ${cwd} or any folder above it; pass --plan PATH`);
  return found;
}
