import type { CallDescription, Side, TrackingPlan } from '@trackplan/schema';
import type { SyntaxTree } from './tree-sitter.js';

/** What a recogniser knows of the file it reads, besides its text. */
export interface FileContext {
  readonly text: string;
  /** The products the file belongs to (the plan's path globs). */
  readonly products: readonly string[];
  /** The side of those products, when they agree. */
  readonly productSide: Side | undefined;
  readonly plan: TrackingPlan | undefined;
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
