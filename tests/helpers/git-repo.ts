import { execFileSync } from 'node:child_process';
import { tempDir, writeFiles } from './temp-dir.js';

/** A real git repository in a temp folder, with helpers to commit files as a user would. */
export function gitRepo(files: Record<string, string> = {}): {
  dir: string;
  commit: (files: Record<string, string>, message: string) => string;
  git: (...args: string[]) => string;
} {
  const dir = tempDir();
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  git('init', '-q');
  const commit = (more: Record<string, string>, message: string): string => {
    writeFiles(dir, more);
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };
  if (Object.keys(files).length > 0) commit(files, 'initial');
  return { dir, commit, git };
}
