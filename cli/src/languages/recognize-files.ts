import { extname } from 'node:path';
import { readRegularFile, type CallDescription, type Tracker } from '@trackplan/schema';
import { LANGUAGES } from './languages.js';
import { parserFor, type Parser } from './tree-sitter.js';

/** Larger files are generated, not code that calls analytics by hand. */
const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** The extensions of the languages read through a grammar: `.swift`, `.kt`, `.java`, `.rb`, `.py`. */
export const LANGUAGE_EXTENSIONS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.extensions));

/** A recognised call where it is: its line (1-based) in the file. */
export interface CallAt {
  readonly line: number;
  readonly call: CallDescription;
}

/**
 * The tracking calls of each Swift, Kotlin, Java, Ruby and Python file, without a plan (no products,
 * sides from the SDKs): what the action's call-site search and `trackplan infer` read. One parser per
 * grammar for the run; regular files only, up to a size a source file has.
 */
export async function recognizeFiles(
  files: readonly string[],
  trackers: readonly Tracker[],
  visit: (file: string, calls: readonly CallAt[]) => void,
): Promise<void> {
  const wrappers = trackers.filter((t) => t.from === undefined);
  const parsers = new Map<string, Parser>();
  try {
    for (const file of files) {
      const language = LANGUAGES.find((l) => l.extensions.includes(extname(file)));
      const read = language && readRegularFile(file, MAX_SOURCE_BYTES);
      if (!language || !read || !('text' in read)) continue;
      let parser = parsers.get(language.grammar);
      if (!parser) parsers.set(language.grammar, (parser = await parserFor(language.grammar)));
      const tree = parser.parse(read.text);
      if (!tree) continue;
      try {
        const { text } = read;
        const calls = language.recognize(tree, { text, products: [], productSide: undefined, plan: undefined, trackers: wrappers });
        visit(
          file,
          calls.map((call) => ({ line: text.slice(0, call.span.start).split('\n').length, call })),
        );
      } finally {
        tree.delete();
      }
    }
  } finally {
    for (const parser of parsers.values()) parser.delete();
  }
}
