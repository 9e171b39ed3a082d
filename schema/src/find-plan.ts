import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The names a plan file may have, in the order they are looked for in each folder. */
export const PLAN_FILE_NAMES = ['tracking-plan.yaml', 'tracking-plan.yml', 'tracking-plan.json'] as const;

/**
 * Whether a regular file is there (following symlinks). Missing files are the common answer, so no
 * exception is made for them (a throw costs more than the stat); any other error, such as a file
 * where a folder is expected, also means "no".
 */
export const isFile = (path: string): boolean => {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
};

/** The plan file in `dir` itself, if there is one. */
export function planFileIn(dir: string): string | undefined {
  for (const name of PLAN_FILE_NAMES) {
    const candidate = join(dir, name);
    if (isFile(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The nearest plan file at or above `start` (a folder): the CLI starts from the working directory,
 * the ESLint plugin from the linted file's folder, so each package of a monorepo can have its own.
 */
export function findPlan(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const found = planFileIn(dir);
    if (found) return found;
    if (dirname(dir) === dir) return undefined;
  }
}
