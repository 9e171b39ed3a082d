import type { IdPart, KnownValue, Span, TextEdit, WrittenEntry } from '@trackplan/schema';
import type { ValueSyntax } from './language.js';
import type { SyntaxNode } from './tree-sitter.js';

/** How far values are followed through constants and calls. */
export const MAX_DEPTH = 8;

export const spanOf = (node: SyntaxNode): Span => ({ start: node.startIndex, end: node.endIndex });
export const insertAt = (offset: number, text: string): TextEdit => ({ start: offset, end: offset, text });
export const known = (value: unknown): KnownValue => ({ kind: 'value', value });
export const UNKNOWN: KnownValue = { kind: 'unknown' };

/**
 * A string literal rewritten with its own quotes: `'a'` → `'b'`, `"a"` → `"b"`. Takes the literal's
 * text, not its node: fixes are made after the syntax tree is freed.
 */
export function rewriteString(text: string, value: string): string {
  const quote = /^[A-Za-z]*("""|'''|"|')/.exec(text)?.[1] ?? '"';
  const escaped = value.replace(/\\/g, '\\\\').replace(new RegExp(quote[0]!, 'g'), `\\${quote[0]!}`);
  return `${quote}${escaped}${quote}`;
}

/** The edit that rewrites a string literal to `value`, with what it needs read now. */
export function stringRewrite(literal: SyntaxNode): (value: string) => TextEdit {
  const text = literal.text;
  const span = spanOf(literal);
  return (value) => ({ ...span, text: rewriteString(text, value) });
}

/** How a grammar writes a string literal: the node types of its text and of its escapes, and what the escapes mean. */
export interface StringGrammar {
  readonly text: ReadonlySet<string>;
  readonly escape: ReadonlySet<string>;
  readonly escapes: Readonly<Record<string, string>>;
}

/** The value of a string literal's parts; undefined when one of them interpolates (or is anything else). */
export function literalText(literal: SyntaxNode, grammar: StringGrammar): string | undefined {
  let text = '';
  for (const part of literal.namedChildren) {
    if (grammar.text.has(part.type)) text += part.text;
    else if (grammar.escape.has(part.type)) text += grammar.escapes[part.text.slice(1)] ?? part.text.slice(1);
    else return undefined;
  }
  return text;
}

/** A numeric literal's value: `1_000`, `2.5`, and Java's and Kotlin's `10L`, `2.5f` (hexadecimal ones keep their digits). */
export function numberLiteral(text: string): KnownValue {
  const digits = text.replace(/_/g, '');
  const number = Number(/^0[xX]/.test(digits) ? digits.replace(/[lL]$/, '') : digits.replace(/[lLfFdD]$/, ''));
  return Number.isFinite(number) ? known(number) : UNKNOWN;
}

/** A `key: value` pair of a dictionary, map or JSON object, when its key is a string the code spells out. */
export function keyedEntry(
  key: SyntaxNode,
  value: SyntaxNode,
  syntax: Pick<ValueSyntax, 'value' | 'isStringLiteral' | 'writeValue'>,
): WrittenEntry | undefined {
  const name = syntax.value(key);
  if (name.kind !== 'value' || typeof name.value !== 'string') return undefined;
  const keyText = key.text;
  const rename = syntax.isStringLiteral(key) ? (n: string) => rewriteString(keyText, n) : undefined;
  return entry(name.value, key, value, syntax.value(value), rename, syntax.writeValue(value));
}

/** Entries as the core reads them, with how this language renames a key and writes a value. */
export function entry(
  key: string,
  keyNode: SyntaxNode,
  valueNode: SyntaxNode,
  value: KnownValue,
  writeKey: ((name: string) => string | undefined) | undefined,
  writeValue: ((value: unknown) => string | undefined) | undefined,
): WrittenEntry {
  return { key, keySpan: spanOf(keyNode), valueSpan: spanOf(valueNode), value, renameKey: writeKey, writeValue };
}

/** An id's parts, flattened in order, for stable-identity. */
export type IdParts = IdPart[];
