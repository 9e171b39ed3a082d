import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isFile, planCache } from '@trackplan/schema';

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

/**
 * The plan named in `trackplan.config({ plan })` as an absolute path: a `URL` or `file:` string as
 * it says, an absolute path as it is, and a relative path from the folder of the config file that
 * called `trackplan.config()` — never from process.cwd(), which `cd packages/a && eslint .`, editors
 * and `new ESLint({ cwd })` change. Throws, with one clear line, when there is no such file.
 */
export function resolvePlanPath(plan: string, configFolder: string | undefined): string {
  if (typeof plan !== 'string') throw new Error(`trackplan.config(): \`plan\` must be a path or a URL (got ${typeof plan})`);
  const written = plan;
  const from = configFolder ?? process.cwd();
  const file = plan.startsWith('file:') ? fileURLToPath(plan) : resolve(from, plan);
  if (!isFile(file)) {
    const tried = plan.startsWith('file:') || isAbsolute(plan) ? file : `${file} (resolved from ${from})`;
    throw new Error(`trackplan.config(): the plan \`${written}\` does not exist: tried ${tried}`);
  }
  return file;
}

/** Where the plugin's own modules are: frames there are the plugin's, not the config file's. */
const PLUGIN_FOLDER = dirname(fileURLToPath(import.meta.url));

const pathOf = (name: string): string => (name.startsWith('file:') ? fileURLToPath(name) : name);

/**
 * The folder of the config file that called `trackplan.config()`: the first frame of V8's
 * structured stack outside the plugin. Undefined when it cannot be told (eval, a REPL).
 */
export function callerFolder(): string | undefined {
  // Saved to be put back, never called here.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = Error.prepareStackTrace;
  try {
    Error.prepareStackTrace = (_error, stack) => stack;
    const stack = new Error().stack as unknown as { getFileName(): string | undefined | null }[];
    const caller = stack.map((frame) => frame.getFileName()).find((name) => name && !name.startsWith('node:') && dirname(pathOf(name)) !== PLUGIN_FOLDER);
    return caller ? dirname(pathOf(caller)) : undefined;
  } catch {
    return undefined;
  } finally {
    Error.prepareStackTrace = original;
  }
}
