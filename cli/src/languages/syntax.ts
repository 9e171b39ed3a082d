import type { DescribedEvent, DescribedId, IdPart, KnownValue, Span, TextEdit, WrittenEntries, WrittenEntry } from '@trackplan/schema';
import type { FileContext, SharedDeclarations, ValueSyntax } from './language.js';
import type { SyntaxNode, SyntaxTree } from './tree-sitter.js';

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

/**
 * The value of a name: as this file declares it, else as another file of the run does. A name the
 * file declares twice (`null`) is unknown, not looked up elsewhere.
 */
export function namedValue(
  name: string,
  constants: ReadonlyMap<string, SyntaxNode | null>,
  shared: SharedDeclarations | undefined,
  valueOf: (node: SyntaxNode) => KnownValue,
): KnownValue {
  const defined = constants.get(name);
  if (defined) return valueOf(defined);
  return defined === null ? UNKNOWN : (shared?.constant(name) ?? UNKNOWN);
}

/** The constants a file declares for others (`visible` names only), with the values known in place. */
export function declaredConstants(
  constants: ReadonlyMap<string, SyntaxNode | null>,
  visible: ReadonlySet<string>,
  valueOf: (node: SyntaxNode) => KnownValue,
  rename: (name: string) => readonly string[] = (name) => [name],
): Map<string, KnownValue> {
  const declared = new Map<string, KnownValue>();
  for (const name of visible) {
    const node = constants.get(name);
    const value = node ? valueOf(node) : undefined;
    if (value?.kind === 'value') for (const as of rename(name)) declared.set(as, value);
  }
  return declared;
}

/**
 * One computation per syntax tree: what a file declares and what its calls read come from the same
 * facts, gathered once whichever is asked first (the tree is gone after the file, and so is the entry).
 */
export function perTree<T extends object>(compute: (tree: SyntaxTree, file: FileContext) => T): (tree: SyntaxTree, file: FileContext) => T {
  const cache = new WeakMap<SyntaxTree, T>();
  return (tree, file) => {
    let value = cache.get(tree);
    if (!value) cache.set(tree, (value = compute(tree, file)));
    return value;
  };
}

/** The event argument as the core reads it: its name when known, and how a fix rewrites a literal. */
export function describedEvent(event: SyntaxNode, syntax: ValueSyntax): DescribedEvent {
  const name = syntax.value(event);
  return {
    span: spanOf(event),
    names: name.kind === 'value' && typeof name.value === 'string' ? [name.value] : undefined,
    rewrite: syntax.isStringLiteral(event) ? stringRewrite(event) : undefined,
  };
}

/** A user id argument: its text and what it is made of (`user.email` names `email`). */
export const describedId = (node: SyntaxNode, syntax: ValueSyntax): DescribedId => ({ span: spanOf(node), text: node.text, parts: syntax.idParts(node) });

/** `set("plan", "pro")`, `register(key, value)`: one property given by name and value; never the whole of what is written. */
export function namedEntry(name: SyntaxNode, value: SyntaxNode | undefined, syntax: ValueSyntax): WrittenEntries {
  const key = syntax.value(name);
  return {
    span: spanOf(name),
    entries:
      key.kind === 'value' && typeof key.value === 'string'
        ? [entry(key.value, name, value ?? name, value ? syntax.value(value) : UNKNOWN, undefined, value && syntax.writeValue(value))]
        : [],
    complete: false,
  };
}
