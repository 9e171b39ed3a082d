import type { Diagnostic, SourceLocation } from '../diagnostic.js';

/** A path into a parsed document: object keys and array indexes. */
export type NodePath = readonly (string | number)[];

/**
 * A parsed plan file: its plain value, and a way back from any path in that value to the line and
 * column it was written at. YAML and JSON documents look the same from here on.
 */
export interface SourceDocument {
  readonly file: string;
  readonly value: unknown;
  /** Where the node at `path` is written; `key` points at the key of a mapping entry instead of its value. */
  locate(path: NodePath, target?: 'key' | 'value'): SourceLocation;
}

/** The result of parsing: a document, or the syntax errors that stopped it. */
export type ParseResult = { readonly ok: true; readonly document: SourceDocument } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
