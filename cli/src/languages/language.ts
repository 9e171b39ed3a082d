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
  /** The file's path, for what names it by module (Python's `from .events import SIGN_UP`). */
  readonly path?: string;
  /** What the other files of the run declare: constants and clients named from here. */
  readonly shared?: SharedDeclarations;
}

/**
 * Declarations a file makes for others to name: constants with their values (`Events.SIGN_UP`,
 * Python's `app.events.SIGN_UP`) and names holding an SDK client (`app.analytics.mp` → `mixpanel`).
 */
export interface Declarations {
  readonly constants: ReadonlyMap<string, KnownValue>;
  readonly clients: ReadonlyMap<string, string>;
}

/** The run's declarations as one file sees them; undefined where nothing (or more than one thing) is declared. */
export interface SharedDeclarations {
  constant(name: string): KnownValue | undefined;
  /** The vendor of the client this name holds (`mixpanel`). */
  client(name: string): string | undefined;
  /** Whether a client is held under this dotted module (`app.analytics` for `app.analytics.mp`). */
  hasClientsUnder(module: string): boolean;
  /** Whether the text names a client another file holds (`Tracking.analytics`). */
  namesClientIn(text: string): boolean;
}

/** A call's arguments: every value in the order written, and those given by name (label, named argument, keyword). */
export interface CallArguments {
  readonly written: readonly SyntaxNode[];
  readonly named: ReadonlyMap<string, SyntaxNode>;
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
  /** Languages that name each other's declarations share them: Kotlin and Java are both `jvm`. */
  readonly family?: string;
  /** What this file declares for the other files of its module or package. */
  declarations?(tree: SyntaxTree, file: FileContext): Declarations;
  /** Whether a file's text may make a client others use (`TRACKER = Mixpanel::Tracker.new`): such files are read first. */
  makesClients?(text: string): boolean;
}
