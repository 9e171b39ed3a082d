import type { NodePath } from '../source/source-document.js';

/**
 * How risky a change is for the people who send and read the data:
 * - breaking: senders or dashboards break (an event removed, a property's type narrowed, ...);
 * - dangerous: works, but surprises someone (an enum value added, an event deprecated, ...);
 * - safe: nothing sent or read changes meaning (a new event, a description).
 */
export type Severity = 'breaking' | 'dangerous' | 'safe';

export const SEVERITIES: readonly Severity[] = ['breaking', 'dangerous', 'safe'];

/** Which part of the plan a change is in. */
export type ChangeSection = 'event' | 'superProperties' | 'people' | 'products';

export type ChangeKind =
  | 'event-added'
  | 'event-removed'
  | 'event-key-renamed'
  | 'event-name-changed'
  | 'event-deprecated'
  | 'event-retired'
  | 'event-reactivated'
  | 'event-description-changed'
  | 'event-product-added'
  | 'event-product-removed'
  | 'property-added'
  | 'property-added-required'
  | 'property-removed'
  | 'property-type-changed'
  | 'property-type-widened'
  | 'property-enum-value-added'
  | 'property-enum-value-removed'
  | 'property-const-changed'
  | 'property-constraint-tightened'
  | 'property-constraint-loosened'
  | 'property-became-required'
  | 'property-became-optional'
  | 'property-description-changed'
  | 'property-deprecated'
  | 'property-retired'
  | 'property-reactivated'
  | 'property-product-added'
  | 'property-product-removed'
  | 'people-owner-changed'
  | 'product-added'
  | 'product-removed'
  | 'product-owners-changed'
  | 'product-side-changed'
  | 'product-paths-changed';

/** One difference between two plans, as the diff reports it and every renderer shows it. */
export interface Change {
  readonly kind: ChangeKind;
  readonly severity: Severity;
  readonly section: ChangeSection;
  /** The event's key (in the head plan when it exists there). */
  readonly event?: string;
  /** The eventName as sent (the head's, or the base's for a removed event). */
  readonly eventName?: string;
  /** The property, dotted for nested ones (`address.city`, `items[]`). */
  readonly property?: string;
  /** The product a products-section change is about. */
  readonly product?: string;
  /** The products whose teams should see this change. */
  readonly products: readonly string[];
  readonly before?: unknown;
  readonly after?: unknown;
  /** One line saying what changed. */
  readonly message: string;
  /** Why it has its severity. */
  readonly reason: string;
  /** Where it is written: in the head plan, or in the base plan for what the head no longer has. */
  readonly path: NodePath;
  readonly pathIn: 'base' | 'head';
}

/** What every change in one place shares: the section, event and products it concerns. */
export type ChangeScope = Pick<Change, 'section' | 'event' | 'eventName' | 'products'>;

/** A change as each small diff function describes it; `buildChange` adds the scope and the message. */
export interface ChangeFacts {
  readonly kind: ChangeKind;
  readonly severity: Severity;
  readonly property?: string;
  readonly product?: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** What changed, without naming the event or property (renderers show those apart). */
  readonly detail: string;
  readonly reason: string;
  readonly path: NodePath;
  readonly pathIn: 'base' | 'head';
}

export interface DescribedChange extends Change {
  /** `message` without the subject: what markdown shows beside the event and property columns. */
  readonly detail: string;
}

/** The subject of a change in words: `Event "Order completed", property "paymentMethod"`. */
export function describeSubject(change: Pick<Change, 'section' | 'eventName' | 'property' | 'product'>): string {
  const property = change.property === undefined ? '' : `property "${change.property}"`;
  switch (change.section) {
    case 'event':
      return `Event "${change.eventName}"${property ? `, ${property}` : ''}`;
    case 'superProperties':
      return `Super ${property}`;
    case 'people':
      return `People ${property}`;
    case 'products':
      return `Product "${change.product}"`;
  }
}

export function buildChange(scope: ChangeScope, facts: ChangeFacts): DescribedChange {
  const change = { ...scope, ...facts };
  return { ...change, message: `${describeSubject(change)}: ${facts.detail}` };
}
