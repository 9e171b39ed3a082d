import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

export type { Node as SyntaxNode, Parser, Tree as SyntaxTree } from 'web-tree-sitter';

/** The grammars, prebuilt as WebAssembly in a registry package: nothing is compiled or downloaded. */
const GRAMMARS_FOLDER = join(dirname(createRequire(import.meta.url).resolve('@cursorless/tree-sitter-wasms/package.json')), 'out');

let initialised: Promise<void> | undefined;
const languages = new Map<string, Promise<Language>>();

/** A parser for one grammar (`python`, `ruby`, `swift`, `kotlin`, `java`), the grammar loaded once per process. */
export async function parserFor(grammar: string): Promise<Parser> {
  initialised ??= Parser.init();
  await initialised;
  let language = languages.get(grammar);
  if (!language) languages.set(grammar, (language = Language.load(join(GRAMMARS_FOLDER, `tree-sitter-${grammar}.wasm`))));
  const parser = new Parser();
  parser.setLanguage(await language);
  return parser;
}
