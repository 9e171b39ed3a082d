import type { EventDefinition, PropertyDefinition } from '../model.js';
import { reservedNamesFor } from '../reserved/index.js';
import type { Vendor } from '../reserved/vendor.js';
import type { TrackingPlan } from '../tracking-plan.js';

/** One set of planned properties a call writes to: an event's, the super properties, or the people. */
export interface PropertyTarget {
  /** For messages: "event `Order completed`", "the super properties", "the people properties". */
  readonly label: string;
  readonly properties: ReadonlyMap<string, PropertyDefinition>;
  readonly required: readonly string[];
  readonly additionalProperties: boolean;
  /** The call's SDK's own names (Mixpanel's `$insert_id`, PostHog's `$set`), allowed when the plan does not list them. */
  readonly reserved: (name: string) => boolean;
  /** The plan, whose validators are shared by schema content across events. */
  readonly plan: TrackingPlan;
}

/** `vendor` undefined: a wrapper, whose SDK is not known, so any SDK's own names are allowed. */
export const eventTarget = (plan: TrackingPlan, event: EventDefinition, vendor: Vendor | undefined): PropertyTarget => ({
  label: `event \`${event.eventName}\``,
  properties: event.properties,
  required: event.required,
  additionalProperties: event.additionalProperties,
  reserved: reservedNamesFor(vendor, 'eventProperty'),
  plan,
});

export const superPropertiesTarget = (plan: TrackingPlan, vendor: Vendor | undefined): PropertyTarget => ({
  label: 'the super properties',
  properties: plan.superProperties,
  required: [],
  additionalProperties: false,
  reserved: reservedNamesFor(vendor, 'eventProperty'),
  plan,
});

export const peopleTarget = (plan: TrackingPlan, vendor: Vendor | undefined): PropertyTarget => ({
  label: 'the people properties',
  properties: plan.people,
  required: [],
  additionalProperties: false,
  reserved: reservedNamesFor(vendor, 'peopleProperty'),
  plan,
});
