import type { AnyNode, DocumentNode, ValueNode } from '@humanwhocodes/momoa';
import { momoa } from '../lazy-dependencies.js';
import { error, type Diagnostic, type SourceLocation } from '../diagnostic.js';
import type { NodePath } from './source-document.js';

/**
 * The JSON syntax tree with source positions (momoa, strict JSON mode): built only when a position,
 * a syntax error or a duplicate key must be reported.
 */
export class JsonPositions {
  readonly #ast: DocumentNode | undefined;
  readonly #errors: Diagnostic[] = [];

  constructor(
    readonly file: string,
    source: string,
  ) {
    try {
      this.#ast = momoa().parse(source, { mode: 'json' });
    } catch (e) {
      const { line = 1, column = 1, message } = e as { line?: number; column?: number; message: string };
      this.#errors.push(error({ file, line, column }, `JSON syntax error: ${describeJsonError(source, message, line, column)}`));
      return;
    }
    findDuplicateKeys(this.#ast.body, (node, key) => this.#errors.push(error(this.#at(node), `JSON syntax error: duplicate key "${key}"`)));
  }

  /** Syntax errors and duplicate keys (which JSON.parse would silently resolve to the last). */
  problems(): Diagnostic[] {
    return this.#errors;
  }

  locate(path: NodePath, target: 'key' | 'value'): SourceLocation {
    return this.#ast ? this.#at(locNode(this.#ast.body, path, target)) : { file: this.file, line: 1, column: 1 };
  }

  #at(node: AnyNode): SourceLocation {
    const { line, column } = node.loc.start;
    return { file: this.file, line, column };
  }
}

function describeJsonError(source: string, message: string, line: number, column: number): string {
  const clean = message.replace(/ \(\d+:\d+\)$/, '');
  if (/Unexpected token (RBrace|RBracket)/.test(clean)) {
    const offset = offsetOfLineColumn(source, line, column);
    if (/,\s*$/.test(source.slice(0, offset))) return 'trailing comma (not allowed in JSON)';
  }
  if (/Unexpected character '\/'/.test(clean)) return 'comment (not allowed in JSON; use a YAML plan for comments)';
  return clean;
}

function offsetOfLineColumn(source: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = source.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

const memberName = (member: { name: { type: string; value?: string; name?: string } }): string =>
  member.name.type === 'String' ? String(member.name.value) : String(member.name.name);

function findDuplicateKeys(node: ValueNode, report: (node: AnyNode, key: string) => void): void {
  if (node.type === 'Object') {
    const seen = new Set<string>();
    for (const member of node.members) {
      const key = memberName(member);
      if (seen.has(key)) report(member.name, key);
      seen.add(key);
      findDuplicateKeys(member.value, report);
    }
  } else if (node.type === 'Array') {
    for (const element of node.elements) findDuplicateKeys(element.value, report);
  }
}

function locNode(root: ValueNode, path: NodePath, target: 'key' | 'value'): AnyNode {
  let node: ValueNode = root;
  for (const [index, segment] of path.entries()) {
    if (node.type === 'Object') {
      const member = node.members.find((m) => memberName(m) === String(segment));
      if (!member) return node;
      if (index === path.length - 1 && target === 'key') return member.name;
      node = member.value;
    } else if (node.type === 'Array' && typeof segment === 'number' && node.elements[segment]) {
      node = node.elements[segment].value;
    } else {
      return node;
    }
  }
  return node;
}
