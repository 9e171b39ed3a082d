import type { CallDescription, IdPart, KnownValue, Side, Tracker, TrackingPlan, WrittenEntries } from '@trackplan/schema';
import type { SyntaxNode } from './tree-sitter.js';
import type { SyntaxTree } from './tree-sitter.js';

/** What a recogniser knows of the file it reads, besides its text. */
export interface FileContext {
  readonly text: string;
  /** The products the file belongs to (the plan's path globs). */
  readonly products: readonly string[];
  /** The side of those products, when they agree. */
  readonly productSide: Side | undefined;
  readonly plan: TrackingPlan | undefined;
  /** The plan's wrappers that apply to every language (a tracker with `from` names a JS/TS module). */
  readonly trackers: readonly Tracker[];
}

/** How one language's syntax is read, for the parts of a call the SDK or a wrapper says carry what. */
export interface ValueSyntax {
  value(node: SyntaxNode): KnownValue;
  /** The keys and values of a properties argument written in place; undefined when built elsewhere. */
  entries(node: SyntaxNode): WrittenEntries | undefined;
  idParts(node: SyntaxNode): IdPart[];
  /** A string literal written in place, which a fix may rewrite. */
  isStringLiteral(node: SyntaxNode): boolean;
  /** How a value is written in place of this one, when it is a literal. */
  writeValue(node: SyntaxNode): ((value: unknown) => string | undefined) | undefined;
}

/** One language's recognition: its syntax tree → the tracking calls in it, described for the core's judgement. */
export interface LanguageRecognizer {
  readonly name: string;
  /** The tree-sitter grammar's name. */
  readonly grammar: string;
  readonly extensions: readonly string[];
  /** How a line comment starts, for `trackplan-disable-next-line`. */
  readonly lineComment: string;
  recognize(tree: SyntaxTree, file: FileContext): CallDescription[];
}
