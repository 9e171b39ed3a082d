import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { planCache } from '@trackplan/schema';

/**
 * A hash of the plan and every file it includes. Put into `settings` by `trackplan.config()`, it
 * becomes part of the configuration ESLint's cache is keyed by, so `eslint --cache` lints again
 * when the plan changes (the static configs cannot know the plan, so they cannot do this).
 */
export function planHash(planFile: string): string {
  const hash = createHash('sha256');
  let files: readonly string[];
  try {
    files = planCache.load(planFile).files;
  } catch {
    return 'missing';
  }
  for (const file of files) {
    hash.update(file).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export const absolutePlanPath = (plan: string, cwd = process.cwd()): string => resolve(cwd, plan);
