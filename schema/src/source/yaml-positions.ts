import type { Document, LineCounter, Node } from 'yaml';
import { yaml } from '../lazy-dependencies.js';
import { error, type Diagnostic, type SourceLocation } from '../diagnostic.js';
import type { NodePath } from './source-document.js';

/**
 * The YAML syntax tree with source positions (the `yaml` package): slower than a plain load, so
 * built only when a position or a syntax error is needed.
 */
export class YamlPositions {
  readonly #doc: Document;
  readonly #lines: LineCounter = new (yaml().LineCounter)();

  constructor(
    readonly file: string,
    source: string,
  ) {
    this.#doc = yaml().parseDocument(source, { lineCounter: this.#lines, prettyErrors: false, uniqueKeys: true });
  }

  get value(): unknown {
    return this.#doc.toJS({ maxAliasCount: 1000 }) as unknown;
  }

  syntaxErrors(): Diagnostic[] {
    return this.#doc.errors.map((e) => error(this.#at(e.pos[0]), `YAML syntax error: ${firstLine(e.message)}`));
  }

  locate(path: NodePath, target: 'key' | 'value'): SourceLocation {
    return this.#at(offsetOf(this.#doc, path, target));
  }

  #at(offset: number): SourceLocation {
    const { line, col } = this.#lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

const firstLine = (message: string): string => message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');

/** Walks the tree as far as `path` goes; a path that leaves the tree stops at the deepest node found. */
function offsetOf(doc: Document, path: NodePath, target: 'key' | 'value'): number {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const keyStart = rangeStart(pair.key);
      if (index === path.length - 1 && target === 'key' && keyStart !== undefined) return keyStart;
      node = pair.value;
      // `key:` with no value has no node of its own; the key is the best place to point at.
      offset = rangeStart(node) ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

const rangeStart = (node: unknown): number | undefined => (node as Node | null | undefined)?.range?.[0];
