import type { Side } from '../model.js';
import type { Vendor } from '../reserved/vendor.js';

/**
 * A tracking call described without its language: what a front-end (the ESLint rules for JS/TS,
 * `trackplan check` for other languages) recognises in the code, and all the core needs to judge it
 * against the plan. Positions are offsets into the file's text, so any parser's nodes map onto them.
 */

/** A stretch of the file's text: `[start, end)` offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A fix or a suggestion: the text between `start` and `end` becomes `text`. */
export interface TextEdit extends Span {
  readonly text: string;
}

/** What a call does to the analytics data. */
export type CallKind = 'track' | 'time-event' | 'register' | 'unregister' | 'identify' | 'alias' | 'people';

export type JsonType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** What is known about a value without running the code. */
export type KnownValue =
  | { readonly kind: 'value'; readonly value: unknown }
  /** Only its type: a template literal with expressions is a string, `a === b` a boolean. */
  | { readonly kind: 'type'; readonly type: JsonType }
  /** What a type checker says it can be: JSON types, and literal values when it is a literal union. */
  | { readonly kind: 'types'; readonly types: readonly JsonType[]; readonly literals: readonly (string | number)[] | undefined; readonly text: string }
  /** `undefined`, `nil`, `None` left out by the SDK: the key is not sent. */
  | { readonly kind: 'absent' }
  | { readonly kind: 'unknown' };

/** One property a call writes: `plan: 'pro'`, `"plan" to "pro"`, `:plan => 'pro'`. */
export interface WrittenEntry {
  readonly key: string;
  readonly keySpan: Span;
  readonly valueSpan: Span;
  readonly value: KnownValue;
  /** The key written as `name` in this language, when it can be renamed in place; undefined otherwise. */
  readonly renameKey?: (name: string) => string | undefined;
  /** `value` written in this language, when the value is a literal written here; undefined otherwise. */
  readonly writeValue?: (value: unknown) => string | undefined;
}

/** The properties a call writes, as far as the code shows them. */
export interface WrittenEntries {
  /** Where missing keys are reported: the object, or the name argument. */
  readonly span: Span;
  readonly entries: readonly WrittenEntry[];
  /** False when keys we cannot see may be written too (a spread, a computed key, a name form). */
  readonly complete: boolean;
}

/** The event name argument of a track or time-event call. */
export interface DescribedEvent {
  readonly span: Span;
  /** The names it may send; undefined when they are worked out at run time. */
  readonly names: readonly string[] | undefined;
  /** The edit that makes the literal send `name` (same quotes), when the name is a literal written here. */
  readonly rewrite?: (name: string) => TextEdit;
}

/** One step of where a user id comes from, in the order the code shows them. */
export type IdPart = { readonly kind: 'string'; readonly value: string } | { readonly kind: 'name'; readonly name: string };

/** A user id argument: `identify(user.email)`, `track(distinct_id, ...)`. */
export interface DescribedId {
  readonly span: Span;
  /** As written, for the `allowedIds` option. */
  readonly text: string;
  /** The strings and names it is made from, following constants to their values. */
  readonly parts: readonly IdPart[];
}

export interface Modifier {
  readonly key: '$ip' | '$ignore_time';
  readonly value: 0 | true;
}

/** The modifiers of a server-side people update (`{ $ip: 0, $ignore_time: true }`), where the SDK's signature has them. */
export type DescribedModifiers =
  /** None given; `add` writes them in (undefined when the call cannot be fixed in place). */
  | { readonly kind: 'missing'; readonly add?: (modifiers: readonly Modifier[]) => TextEdit | undefined }
  /** Given, but built elsewhere. */
  | { readonly kind: 'opaque'; readonly span: Span }
  | {
      readonly kind: 'written';
      readonly span: Span;
      readonly entries: readonly { readonly key: string; readonly value: KnownValue; readonly valueSpan: Span }[];
      /** Adds the missing ones to what is written. */
      readonly add: (modifiers: readonly Modifier[]) => TextEdit;
    };

export interface CallDescription {
  /** The whole call. */
  readonly span: Span;
  /** The SDK's vendor; undefined for a wrapper from `code.trackers`, whose SDK is not known. */
  readonly vendor: Vendor | undefined;
  /** For messages: "Mixpanel", "PostHog", "the analytics tool". */
  readonly vendorLabel: string;
  /** The method as written: `track`, `people.set`, `capture`, a tracker's callee. */
  readonly method: string;
  readonly kind: CallKind;
  /** A people method: set, set_once, increment, append, union, remove, unset, track_charge, ... */
  readonly peopleMethod?: string;
  /** The side of the code making the call: the SDK's, else the settings', the tracker's, or the products'. */
  readonly side: Side | undefined;
  /** The products the file belongs to. */
  readonly products: readonly string[];
  readonly event?: DescribedEvent;
  /** True when the call passes properties, whether or not they can be read. */
  readonly passesProperties: boolean;
  /** The properties sent, registered or written to the people, when the code shows them. */
  readonly written?: WrittenEntries;
  /** Identify calls of some SDKs also write people properties: Segment traits, PostHog `$set`. */
  readonly writesPeople?: boolean;
  /** People properties written inside an event: PostHog's `$set` / `$set_once`. */
  readonly personUpdates: readonly WrittenEntries[];
  /** The user id: identify, alias, server-side track and people calls. */
  readonly distinctId?: DescribedId;
  /** The `distinct_id` property of a server-side event. */
  readonly eventDistinctId?: DescribedId;
  /** Present when the SDK's signature takes modifiers (server-side people updates). */
  readonly modifiers?: DescribedModifiers;
}
