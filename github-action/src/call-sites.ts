import { execFileSync } from 'node:child_process';
import { readRegularFile } from '@trackplan/schema';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';

const MAX_FILE_BYTES = 1 << 20;
const JS_TS = /\.[cm]?[jt]sx?$/;
/** Languages whose calls `trackplan check`'s grammars recognise; other files are searched as text. */
const WITH_GRAMMAR = /\.(swift|kt|kts|java|rb|py)$/;

/** A JS/TS file as the cheap first pass saw it: whether it names a changed event, and what it imports. */
export interface ScriptFile {
  readonly file: string;
  readonly namesAnEvent: boolean;
  /** The last path segment of each module it imports (`events` for `'../constants/events'`). */
  readonly imports: readonly string[];
}

export interface TextSearch {
  /** eventName → `path:line` in files of languages without a grammar, found as quoted strings. */
  readonly sites: Map<string, string[]>;
  readonly scripts: readonly ScriptFile[];
  /**
   * Swift, Kotlin, Java, Ruby and Python files for their grammars to read: those that name a changed
   * event, and every file of a language in which one does (a constants file's names are used elsewhere).
   */
  readonly sources: readonly string[];
}

/** Languages whose files name each other's constants: Kotlin and Java together. */
const languageFamily = (file: string): string => {
  const extension = posix.extname(file);
  return extension === '.kt' || extension === '.kts' || extension === '.java' ? 'jvm' : extension;
};

/** The grammar-read files worth parsing: those naming an event, and the rest of their languages. */
function sourcesToParse(files: readonly { file: string; namesAnEvent: boolean }[]): string[] {
  const naming = new Set(files.filter((f) => f.namesAnEvent).map((f) => languageFamily(f.file)));
  return files.filter((f) => naming.has(languageFamily(f.file))).map((f) => f.file);
}

const IMPORT = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g;
const moduleName = (specifier: string): string => posix.basename(specifier).replace(/\.[cm]?[jt]sx?$/, '');

/**
 * One pass over every tracked file under the `usages` globs (all of them by default), with a cheap
 * `includes` before any line is scanned, so a 20,000-file monorepo stays fast. Files of other
 * languages are searched for each eventName written as a string ('…', "…", `…`); JS/TS files are
 * only noted, for the plugin's recognition to look at (unless `recognizeScripts` is off, when they
 * are searched as text too).
 */
export function searchFiles(
  workspace: string,
  globs: readonly string[],
  eventNames: readonly string[],
  exclude: ReadonlySet<string>,
  recognizeScripts: boolean,
): TextSearch {
  const sites = new Map<string, string[]>(eventNames.map((name) => [name, []]));
  const scripts: ScriptFile[] = [];
  const grammarFiles: { file: string; namesAnEvent: boolean }[] = [];
  if (eventNames.length === 0) return { sites, scripts, sources: [] };
  const matches = globs.length > 0 ? picomatch([...globs], { dot: true }) : () => true;
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: workspace, encoding: 'utf8', maxBuffer: 1 << 28 })
    .split('\0')
    .filter((f) => f && matches(f) && !exclude.has(f));
  for (const file of files) {
    // Symlinks are never followed and sizes are capped: a pull request controls this tree.
    const read = readRegularFile(join(workspace, file), MAX_FILE_BYTES);
    if (!('text' in read)) continue;
    const { text } = read;
    if (text.includes('\0')) continue;
    const present = eventNames.filter((name) => text.includes(name));
    if (recognizeScripts && JS_TS.test(file)) {
      scripts.push({ file, namesAnEvent: present.length > 0, imports: [...text.matchAll(IMPORT)].map((m) => moduleName(m[1]!)) });
      continue;
    }
    if (recognizeScripts && WITH_GRAMMAR.test(file)) {
      grammarFiles.push({ file, namesAnEvent: present.length > 0 });
      continue;
    }
    if (present.length === 0) continue;
    const lines = text.split('\n');
    for (const name of present) {
      const quoted = [`'${name}'`, `"${name}"`, `\`${name}\``];
      lines.forEach((line, i) => {
        if (quoted.some((q) => line.includes(q))) sites.get(name)!.push(`${file}:${i + 1}`);
      });
    }
  }
  return { sites, scripts, sources: sourcesToParse(grammarFiles) };
}

/**
 * The JS/TS files worth parsing: those that name a changed event, and those that import a module
 * that does (a constants file), where calls like `track(EVENTS.SIGN_UP)` are.
 */
export function scriptsToParse(scripts: readonly ScriptFile[]): string[] {
  const naming = new Set(scripts.filter((s) => s.namesAnEvent).map((s) => moduleName(s.file)));
  naming.delete('index');
  return scripts.filter((s) => s.namesAnEvent || s.imports.some((m) => naming.has(m))).map((s) => s.file);
}
