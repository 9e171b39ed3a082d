import { extname } from 'node:path';
import { readRegularFile, type CallDescription, type Tracker, type TrackingPlan } from '@trackplan/schema';
import type { LanguageRecognizer } from './language.js';
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

/** The file a visitor is given: its text and language, for positions and comments. */
export interface RecognizedSource {
  readonly text: string;
  readonly language: LanguageRecognizer;
}

/**
 * The tracking calls of each Swift, Kotlin, Java, Ruby and Python file: what `trackplan check`, the
 * action's call-site search and `trackplan infer` read. With a plan, each file gets its products and
 * their side; without one, sides come from the SDKs. One parser per grammar for the run; regular
 * files only, up to a size a source file has.
 */
export async function recognizeFiles(
  files: readonly string[],
  trackers: readonly Tracker[],
  visit: (file: string, calls: readonly CallAt[], source: RecognizedSource) => void,
  plan?: TrackingPlan,
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
        const products = plan?.productsForFile(file) ?? [];
        const sides = new Set(products.map((p) => plan?.products.get(p)?.side).filter((s) => s !== undefined));
        const calls = language.recognize(tree, { text, products, productSide: sides.size === 1 ? [...sides][0] : undefined, plan, trackers: wrappers });
        visit(
          file,
          calls.map((call) => ({ line: lineOf(text, call.span.start), call })),
          { text, language },
        );
      } finally {
        tree.delete();
      }
    }
  } finally {
    for (const parser of parsers.values()) parser.delete();
  }
}

/** The 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
