import type { TSESTree } from '@typescript-eslint/utils';
import type { CallKind, Side, Tracker } from '@trackplan/schema';

import type { SdkName } from './sdk-catalog.js';

export type { SdkName } from './sdk-catalog.js';

export type { CallKind } from '@trackplan/schema';

/**
 * A recognised tracking call, with the arguments each rule reads. Built once per call node and
 * shared by every rule, and by the GitHub Action's call-site search.
 */
export interface TrackingCall {
  readonly node: TSESTree.CallExpression;
  /** The SDK, or `tracker` for a wrapper from `code.trackers`. */
  readonly sdk: SdkName | 'tracker';
  /** The method as written: `track`, `people.set`, `capture`, a tracker's callee. */
  readonly method: string;
  readonly kind: CallKind;
  /** client or server when the SDK or tracker says so; undefined leaves it to the plan. */
  readonly side: Side | undefined;
  /** The event name expression (track, time-event). */
  readonly event?: TSESTree.Node;
  /** The object of properties sent (track), registered (register) or set (people). */
  readonly properties?: TSESTree.Node;
  /** Keys of `properties` that are not properties: `event` in a wrapper's flat `{ event, plan, slug }` object. */
  readonly notProperties?: readonly string[];
  /** The user id expression (identify, alias, server-side track and people calls). */
  readonly distinctId?: TSESTree.Node;
  /** Identify calls of some SDKs also write people properties: Segment traits, PostHog `$set`. */
  readonly writesPeople?: boolean;
  /** A people method: set, set_once, increment, append, union, remove, unset, ... */
  readonly peopleMethod?: string;
  /** The (name, value) form of a people or register call: `people.set('plan', 'pro')`. */
  readonly propertyName?: TSESTree.Node;
  readonly propertyValue?: TSESTree.Node;
  /** Where the modifiers object goes in a server-side people call (node mixpanel), if the signature has one. */
  readonly modifiersIndex?: number;
  readonly tracker?: Tracker;
}
