import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { BUNDLED_WASM } from './wasm-files.js';

export type { Node as SyntaxNode, Parser, Tree as SyntaxTree } from 'web-tree-sitter';

/** The grammars, prebuilt as WebAssembly in a registry package: nothing is compiled or downloaded. */
const grammarFile = (grammar: string): string =>
  BUNDLED_WASM?.[grammar] ??
  join(dirname(createRequire(import.meta.url).resolve('@cursorless/tree-sitter-wasms/package.json')), 'out', `tree-sitter-${grammar}.wasm`);

let initialised: Promise<void> | undefined;
const languages = new Map<string, Promise<Language>>();

/** A parser for one grammar (`python`, `ruby`, `swift`, `kotlin`, `java`), the grammar loaded once per process. */
export async function parserFor(grammar: string): Promise<Parser> {
  const runtime = BUNDLED_WASM?.['web-tree-sitter'];
  initialised ??= Parser.init(runtime ? { locateFile: () => runtime } : undefined);
  await initialised;
  let language = languages.get(grammar);
  if (!language) languages.set(grammar, (language = Language.load(grammarFile(grammar))));
  const parser = new Parser();
  parser.setLanguage(await language);
  return parser;
}
