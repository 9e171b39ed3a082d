import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The names a plan file may have, in the order they are looked for in each folder. */
export const PLAN_FILE_NAMES = ['tracking-plan.yaml', 'tracking-plan.yml', 'tracking-plan.json'] as const;

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The nearest plan file at or above `start` (a folder): the CLI starts from the working directory,
 * the ESLint plugin from the linted file's folder, so each package of a monorepo can have its own.
 */
export function findPlan(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of PLAN_FILE_NAMES) {
      const candidate = join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}
