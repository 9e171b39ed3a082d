import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { evaluate as evaluateJson, parse as parseJsonc } from '@humanwhocodes/momoa';
import { isFile } from '@trackplan/schema';

/**
 * Which file of the project an import names, for reading the constants and SDK instances it
 * exports: relative specifiers, tsconfig `paths` aliases, and the project's own workspace packages
 * (their package.json `exports`). Third-party packages in node_modules are never read.
 */

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** A path as written, with an extension added, `.js` written for `.ts`, or a folder's index. */
function fileAt(base: string): string | undefined {
  const stem = base.replace(/\.(m|c)?jsx?$/, '');
  const candidates = [base, ...EXTENSIONS.map((e) => stem + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)];
  return candidates.find(isFile);
}

// Resolved once per folder and specifier: every file of a folder imports the same constants module.
const resolved = new Map<string, string | undefined>();

export function resolveModuleFile(source: string, fromFile: string): string | undefined {
  const key = `${dirname(fromFile)}\0${source}`;
  const cached = resolved.get(key);
  if (cached !== undefined && isFile(cached)) return cached;
  const file = source.startsWith('.')
    ? fileAt(resolve(dirname(fromFile), source))
    : (resolveAlias(source, fromFile) ?? resolveWorkspacePackage(source, fromFile));
  // Misses are not kept: the file may be created while an editor session goes on.
  if (file) resolved.set(key, file);
  return file;
}

// ---- tsconfig paths ----

interface PathAliases {
  readonly base: string;
  readonly paths: Readonly<Record<string, readonly string[]>>;
}

const aliasesByFolder = new Map<string, PathAliases | null>();

function readJsonc(file: string): Record<string, unknown> | undefined {
  try {
    return evaluateJson(parseJsonc(readFileSync(file, 'utf8'), { mode: 'jsonc', allowTrailingCommas: true })) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The `paths` of a tsconfig (following relative `extends`), with the folder they are relative to. */
function tsconfigAliases(file: string, depth = 0): PathAliases | undefined {
  const config = readJsonc(file);
  if (!config || depth > 5) return undefined;
  const options = (config.compilerOptions ?? {}) as { baseUrl?: string; paths?: Record<string, string[]> };
  if (options.paths) return { base: resolve(dirname(file), options.baseUrl ?? '.'), paths: options.paths };
  const parent = typeof config.extends === 'string' && config.extends.startsWith('.') ? resolve(dirname(file), config.extends) : undefined;
  return parent ? tsconfigAliases(parent.endsWith('.json') ? parent : `${parent}.json`, depth + 1) : undefined;
}

function aliasesFor(folder: string): PathAliases | undefined {
  if (!aliasesByFolder.has(folder)) {
    const tsconfig = join(folder, 'tsconfig.json');
    const parent = dirname(folder);
    aliasesByFolder.set(folder, isFile(tsconfig) ? (tsconfigAliases(tsconfig) ?? null) : parent === folder ? null : (aliasesFor(parent) ?? null));
  }
  return aliasesByFolder.get(folder) ?? undefined;
}

function resolveAlias(source: string, fromFile: string): string | undefined {
  const aliases = aliasesFor(dirname(fromFile));
  if (!aliases) return undefined;
  for (const [pattern, targets] of Object.entries(aliases.paths)) {
    const star = pattern.indexOf('*');
    const matched =
      star === -1
        ? source === pattern
          ? ''
          : undefined
        : source.startsWith(pattern.slice(0, star)) && source.endsWith(pattern.slice(star + 1))
          ? source.slice(star, source.length - (pattern.length - star - 1))
          : undefined;
    if (matched === undefined) continue;
    for (const target of targets) {
      const file = fileAt(resolve(aliases.base, target.replace('*', matched)));
      if (file) return file;
    }
  }
  return undefined;
}

// ---- workspace packages ----

/** Conditions read from `exports`, source first: a workspace package's constants are in its code. */
const CONDITIONS = ['source', 'development', 'import', 'module', 'default', 'require', 'node'];

function exportTarget(exports: unknown, subpath: string): string | undefined {
  if (typeof exports === 'string') return subpath === '.' ? exports : undefined;
  if (typeof exports !== 'object' || exports === null) return undefined;
  const map = exports as Record<string, unknown>;
  const entry = Object.keys(map).some((k) => k.startsWith('.')) ? map[subpath] : subpath === '.' ? map : undefined;
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'object' || entry === null) return undefined;
  for (const condition of CONDITIONS) {
    const target = exportTarget((entry as Record<string, unknown>)[condition], '.');
    if (target) return target;
  }
  return undefined;
}

function resolveWorkspacePackage(source: string, fromFile: string): string | undefined {
  const parts = source.split('/');
  const name = source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const subpath = source.length > name.length ? `.${source.slice(name.length)}` : '.';
  for (let folder = dirname(fromFile); ; folder = dirname(folder)) {
    const linked = join(folder, 'node_modules', name);
    if (isFile(join(linked, 'package.json'))) {
      let real: string;
      try {
        real = realpathSync(linked);
      } catch {
        return undefined;
      }
      // Only the project's own packages (workspaces link them); never code installed from a registry.
      if (real.split(sep).includes('node_modules')) return undefined;
      const manifest = readJsonc(join(real, 'package.json')) as { exports?: unknown; main?: string; module?: string } | undefined;
      const target = exportTarget(manifest?.exports, subpath) ?? (subpath === '.' ? (manifest?.module ?? manifest?.main ?? 'index') : subpath);
      return fileAt(resolve(real, target));
    }
    if (dirname(folder) === folder) return undefined;
  }
}
