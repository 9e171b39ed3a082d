import {
  RESERVED_EVENT_PROPERTIES,
  RESERVED_PEOPLE_PROPERTIES,
  type EventDefinition,
  type PropertyDefinition,
  type TrackingPlan,
} from '@trackplan/schema';

/** One set of planned properties a call writes to: an event's, the super properties, or the people. */
export interface PropertyTarget {
  /** For messages: "event `Order completed`", "the super properties", "the people properties". */
  readonly label: string;
  readonly properties: ReadonlyMap<string, PropertyDefinition>;
  readonly required: readonly string[];
  readonly additionalProperties: boolean;
  /** Mixpanel's own properties, always allowed. */
  readonly reserved: ReadonlySet<string>;
  /** The plan, whose validators are shared by schema content across events. */
  readonly plan: TrackingPlan;
}

export const eventTarget = (plan: TrackingPlan, event: EventDefinition): PropertyTarget => ({
  label: `event \`${event.eventName}\``,
  properties: event.properties,
  required: event.required,
  additionalProperties: event.additionalProperties,
  reserved: RESERVED_EVENT_PROPERTIES,
  plan,
});

export const superPropertiesTarget = (plan: TrackingPlan): PropertyTarget => ({
  label: 'the super properties',
  properties: plan.superProperties,
  required: [],
  additionalProperties: false,
  reserved: RESERVED_EVENT_PROPERTIES,
  plan,
});

export const peopleTarget = (plan: TrackingPlan): PropertyTarget => ({
  label: 'the people properties',
  properties: plan.people,
  required: [],
  additionalProperties: false,
  reserved: RESERVED_PEOPLE_PROPERTIES,
  plan,
});
