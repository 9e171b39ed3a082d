import { extname } from 'node:path';
import { readRegularFile, type CallDescription, type Tracker, type TrackingPlan } from '@trackplan/schema';
import type { FileContext, LanguageRecognizer, SharedDeclarations } from './language.js';
import { DeclarationTable } from './shared-declarations.js';
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
 * their side; without one, sides come from the SDKs. Constants and clients declared in one file and
 * named in another (`Events.SIGN_UP`, `from app.analytics import mp`) are resolved across the files
 * of the run. One parser per grammar for the run; regular files only, up to a size a source file has.
 */
export async function recognizeFiles(
  files: readonly string[],
  trackers: readonly Tracker[],
  visit: (file: string, calls: readonly CallAt[], source: RecognizedSource) => void,
  plan?: TrackingPlan,
): Promise<void> {
  const wrappers = trackers.filter((t) => t.from === undefined);
  const parsers = new Map<string, Parser>();
  const tables = new Map<string, DeclarationTable>();
  const parse = async (language: LanguageRecognizer, text: string) => {
    let parser = parsers.get(language.grammar);
    if (!parser) parsers.set(language.grammar, (parser = await parserFor(language.grammar)));
    return parser.parse(text);
  };
  const contextOf = (file: string, text: string, shared: SharedDeclarations): FileContext => {
    const products = plan?.productsForFile(file) ?? [];
    const sides = new Set(products.map((p) => plan?.products.get(p)?.side).filter((s) => s !== undefined));
    return { text, products, productSide: sides.size === 1 ? [...sides][0] : undefined, plan, trackers: wrappers, path: file, shared };
  };
  const order = new Map(files.map((file, index) => [file, index]));
  const read: { file: string; text: string; language: LanguageRecognizer; calls: CallDescription[]; seen: Map<string, string> }[] = [];
  try {
    // First pass: each file's calls, and what it declares for the others; files that make clients first.
    const sources = files.flatMap((file) => {
      const language = LANGUAGES.find((l) => l.extensions.includes(extname(file)));
      const source = language && readRegularFile(file, MAX_SOURCE_BYTES);
      return language && source && 'text' in source ? [{ file, language, source, first: language.makesClients?.(source.text) ?? false }] : [];
    });
    for (const { file, language, source } of [...sources.filter((s) => s.first), ...sources.filter((s) => !s.first)]) {
      const tree = await parse(language, source.text);
      if (!tree) continue;
      let table = tables.get(language.family ?? language.name);
      if (!table) tables.set(language.family ?? language.name, (table = new DeclarationTable()));
      try {
        const { shared, seen } = table.view();
        const context = contextOf(file, source.text, shared);
        if (language.declarations) table.add(language.declarations(tree, context));
        read.push({ file, text: source.text, language, calls: language.recognize(tree, context), seen });
      } finally {
        tree.delete();
      }
    }
    // Second pass, rarely needed: files that named a declaration of a file read after them.
    for (const entry of read) {
      const table = tables.get(entry.language.family ?? entry.language.name)!;
      if (!table.changedFor(entry.seen, entry.text)) continue;
      const tree = await parse(entry.language, entry.text);
      if (!tree) continue;
      try {
        entry.calls = entry.language.recognize(tree, contextOf(entry.file, entry.text, table.view().shared));
      } finally {
        tree.delete();
      }
    }
  } finally {
    for (const parser of parsers.values()) parser.delete();
  }
  read.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  for (const { file, text, language, calls } of read) {
    visit(
      file,
      calls.map((call) => ({ line: lineOf(text, call.span.start), call })),
      { text, language },
    );
  }
}

/** The 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
