import { basename } from 'node:path';
import { PLAN_FILE_NAMES } from './find-plan.js';
import { repositoryFiles } from './repository-files.js';

const isPlanName = (name: string): boolean => (PLAN_FILE_NAMES as readonly string[]).includes(name);

/**
 * Every plan file under `root` (for `validate --all` in a monorepo), sorted: what git tracks or would
 * track (so what .gitignore ignores is skipped), else a walk that skips node_modules.
 */
export function findPlans(root: string): string[] {
  return repositoryFiles(
    root,
    (path) => isPlanName(basename(path)),
    PLAN_FILE_NAMES.flatMap((n) => [n, `**/${n}`]),
  );
}
