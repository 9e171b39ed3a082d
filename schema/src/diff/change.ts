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

/**
 * Every kind of change the diff reports, in one registry: the kind type is derived from it, and a
 * test walks it so that every kind has a case. The severity of each change is decided beside the
 * function that builds it (events.ts, properties.ts, products.ts), since some kinds depend on the
 * values (removing an already-retired event is safe).
 */
export const CHANGE_KINDS = {
  'event-added': 'a new event',
  'event-removed': 'an event no longer in the plan',
  'event-key-renamed': 'an event under a new key, its eventName kept',
  'event-name-changed': 'an event sent under another name',
  'event-deprecated': 'an event marked deprecated',
  'event-retired': 'an event marked retired',
  'event-reactivated': 'a deprecated or retired event made active again',
  'event-description-changed': 'an event described differently',
  'event-product-added': 'an event now sent by one more product',
  'event-product-removed': 'an event no longer sent by a product',
  'event-additional-properties-allowed': 'an event that now accepts properties the plan does not list',
  'event-additional-properties-forbidden': 'an event that no longer accepts properties the plan does not list',
  'property-added': 'a new optional property',
  'property-added-required': 'a new required property',
  'property-removed': 'a property no longer in the plan',
  'property-type-changed': 'a property of another type',
  'property-type-widened': 'a property that accepts more types',
  'property-enum-value-added': 'a value added to an enum',
  'property-enum-value-removed': 'a value removed from an enum',
  'property-const-changed': 'a constant property with another value',
  'property-constraint-tightened': 'a constraint that admits fewer values',
  'property-constraint-loosened': 'a constraint that admits more values',
  'property-became-required': 'an optional property made required',
  'property-became-optional': 'a required property made optional',
  'property-description-changed': 'a property described differently',
  'property-deprecated': 'a property marked deprecated',
  'property-retired': 'a property marked retired',
  'property-reactivated': 'a deprecated or retired property made active again',
  'property-product-added': 'a property now used by one more product',
  'property-product-removed': 'a property no longer used by a product',
  'people-owner-changed': 'a people property owned by the other side',
  'product-added': 'a new product',
  'product-removed': 'a product no longer in the plan',
  'product-owners-changed': 'a product with other owners',
  'product-side-changed': 'a product on the other side (client, server)',
  'product-paths-changed': 'a product with other path globs',
} as const;

export type ChangeKind = keyof typeof CHANGE_KINDS;

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
  /** `message` without the subject: what markdown shows beside the event and property columns. */
  readonly detail: string;
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

export function buildChange(scope: ChangeScope, facts: ChangeFacts): Change {
  const change = { ...scope, ...facts };
  return { ...change, message: `${describeSubject(change)}: ${facts.detail}` };
}
