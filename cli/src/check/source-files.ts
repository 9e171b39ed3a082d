import { statSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { repositoryFiles, type CodeSettings } from '@trackplan/schema';

/** Build output and dependencies of the platforms checked: never code a developer wrote by hand. */
const GENERATED_FOLDERS = new Set([
  'node_modules',
  'dist',
  'build',
  'out',
  '.build',
  'Pods',
  'DerivedData',
  'target',
  'vendor',
  '.venv',
  'venv',
  '__pycache__',
  '.gradle',
  'coverage',
]);

/**
 * The files to check under each path (a file is taken as given): the supported extensions, minus
 * build output, what git ignores (in a repository) and the plan's `code.ignore`, sorted.
 */
export function sourceFiles(
  paths: readonly string[],
  cwd: string,
  extensions: ReadonlySet<string>,
  planFile: string,
  code: CodeSettings | undefined,
): string[] {
  const ignored = code && code.ignore.length > 0 ? picomatch(code.ignore as string[], { dot: true }) : undefined;
  const planFolder = dirname(planFile);
  const keep = (file: string): boolean => !ignored?.(relative(planFolder, file).split('\\').join('/'));
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const stat = statSync(absolute, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${path}: no such file or folder`);
    if (stat.isFile()) {
      if (extensions.has(extname(absolute))) found.add(absolute);
      continue;
    }
    for (const file of repositoryFiles(absolute, (p) => extensions.has(extname(p)) && !p.split('/').some((part) => GENERATED_FOLDERS.has(part)))) {
      if (keep(file)) found.add(file);
    }
  }
  return [...found].sort();
}
