/**
 * The tracking plan as the rest of trackplan sees it: plain, read-only data, with every `$ref`
 * already inlined. Built by `loadPlan`; consumed by the ESLint plugin, the diff and the action.
 */

export type CaseStyle = 'Sentence case' | 'Title Case' | 'snake_case' | 'camelCase' | 'kebab-case' | 'any';
export type Side = 'client' | 'server';
export type Status = 'active' | 'deprecated' | 'retired';
export type TrackerKind = 'track' | 'people' | 'register' | 'identify';

/** A JSON Schema object as written in the plan (after `$ref` inlining). */
export type JsonSchema = { readonly [keyword: string]: unknown };

export interface Conventions {
  readonly eventName: CaseStyle;
  readonly propertyName: CaseStyle;
  readonly acronyms: readonly string[];
}

export interface Product {
  readonly name: string;
  readonly owners: readonly string[];
  /** Globs relative to the plan file's folder. */
  readonly paths: readonly string[];
  readonly side: Side | undefined;
  readonly description: string | undefined;
}

/** A company wrapper around an SDK, declared in `code.trackers`. */
/**
 * Where a wrapper's argument is: its position as written (from 0), or its name — a Swift label, a
 * Kotlin named argument, a Ruby or Python keyword, the key of an `object` wrapper's argument.
 */
export type ArgumentPosition = number | string;

export interface Tracker {
  readonly callee: string;
  readonly event?: ArgumentPosition;
  readonly properties?: ArgumentPosition;
  readonly distinctId?: ArgumentPosition;
  readonly object?: boolean;
  readonly from?: string;
  readonly kind?: TrackerKind;
  readonly side?: Side;
}

export interface PropertyDefinition {
  readonly name: string;
  /** The schema with `$ref`s inlined and trackplan's keywords (owner, products, status, x-...) kept. */
  readonly schema: JsonSchema;
  readonly description: string | undefined;
  readonly status: Status;
  /** Undefined: every product. */
  readonly products: readonly string[] | undefined;
  /** The `$defs` entry this property was defined with, if it used one. */
  readonly ref: string | undefined;
}

export interface PeopleProperty extends PropertyDefinition {
  readonly owner: Side;
}

export interface EventDefinition {
  /** The stable key code and codegen refer to. */
  readonly key: string;
  /** The exact string sent to the SDK. */
  readonly eventName: string;
  readonly description: string | undefined;
  /** Undefined: every product. */
  readonly products: readonly string[] | undefined;
  readonly status: Status;
  readonly replacedBy: string | undefined;
  readonly since: string | undefined;
  readonly reason: string | undefined;
  readonly properties: ReadonlyMap<string, PropertyDefinition>;
  readonly required: readonly string[];
  readonly additionalProperties: boolean;
}

export interface Identity {
  readonly distinctId: JsonSchema | undefined;
}

export interface CodeSettings {
  readonly trackers: readonly Tracker[];
  readonly ignore: readonly string[];
}

/** A rule's severity, as ESLint writes it. */
export type RuleSetting = 'off' | 'warn' | 'error';

/** How `trackplan check` judges code: severities per rule, over the `recommended` config's. */
export interface CheckSettings {
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

/** The plan keywords that are trackplan's, not JSON Schema's; removed before ajv sees a schema. */
export const PLAN_KEYWORDS: ReadonlySet<string> = new Set(['owner', 'products', 'status', 'since', 'reason']);
