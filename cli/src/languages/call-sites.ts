import { extname, relative } from 'node:path';
import { readRegularFile, type Tracker } from '@trackplan/schema';
import type { LanguageRecognizer } from './language.js';
import { LANGUAGES } from './languages.js';
import { parserFor, type Parser } from './tree-sitter.js';

/** Larger files are generated, not code that calls analytics by hand. */
const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** The extensions of the languages read through a grammar: `.swift`, `.kt`, `.java`, `.rb`, `.py`. */
export const LANGUAGE_EXTENSIONS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.extensions));

/**
 * Where Swift, Kotlin, Java, Ruby and Python files send each of `eventNames`, as `path:line`, by the
 * same recognition as `trackplan check`: SDK calls and the plan's wrappers, not every string that
 * happens to spell an event (a log line, a comment).
 */
export async function findLanguageCallSites(options: {
  readonly cwd: string;
  readonly files: readonly string[];
  readonly trackers: readonly Tracker[];
  readonly eventNames: readonly string[];
}): Promise<Map<string, string[]>> {
  const wanted = new Set(options.eventNames);
  const sites = new Map<string, string[]>(options.eventNames.map((name) => [name, []]));
  const trackers = options.trackers.filter((t) => t.from === undefined);
  const parsers = new Map<string, Parser>();
  try {
    for (const file of options.files) {
      const language: LanguageRecognizer | undefined = LANGUAGES.find((l) => l.extensions.includes(extname(file)));
      const read = language && readRegularFile(file, MAX_SOURCE_BYTES);
      if (!language || !read || !('text' in read)) continue;
      let parser = parsers.get(language.grammar);
      if (!parser) parsers.set(language.grammar, (parser = await parserFor(language.grammar)));
      const tree = parser.parse(read.text);
      if (!tree) continue;
      try {
        const calls = language.recognize(tree, { text: read.text, products: [], productSide: undefined, plan: undefined, trackers });
        const display = relative(options.cwd, file).split('\\').join('/');
        for (const call of calls) {
          if (call.kind !== 'track' && call.kind !== 'time-event') continue;
          const line = read.text.slice(0, call.span.start).split('\n').length;
          for (const name of call.event?.names ?? []) if (wanted.has(name)) sites.get(name)!.push(`${display}:${line}`);
        }
      } finally {
        tree.delete();
      }
    }
  } finally {
    for (const parser of parsers.values()) parser.delete();
  }
  return sites;
}
