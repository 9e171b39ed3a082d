import type { Diagnostic } from '../diagnostic.js';
import type { RawObject } from '../merge-includes.js';
import type { PropertyDefinition, Status } from '../model.js';
import type { NodePath } from '../source/source-document.js';
import type { TrackingPlan } from '../tracking-plan.js';

/** What every check reads: the model, and the merged plan as written (for `$defs` and raw schemas). */
export interface CheckContext {
  readonly plan: TrackingPlan;
  readonly raw: RawObject;
  /** Every property of the plan, listed once for all checks. */
  readonly properties: readonly PlanProperty[];
}

export type PlanCheck = (context: CheckContext) => Diagnostic[];

export type PropertySection = 'event' | 'superProperties' | 'people';

/** A property of the plan with where it lives and whether naming rules apply to it. */
export interface PlanProperty {
  readonly section: PropertySection;
  readonly property: PropertyDefinition;
  readonly path: NodePath;
  /** Where it is used, for messages: `events.userSignsUp`, `superProperties`, `people`. */
  readonly owner: string;
  /** Deprecated or retired (itself or its event): exempt from naming checks, kept to record old spellings. */
  readonly exempt: boolean;
}

const isExempt = (status: Status): boolean => status !== 'active';

/** Every property in the plan: event properties, super properties, people properties. */
export const listPlanProperties = (plan: TrackingPlan): PlanProperty[] => [...planProperties(plan)];

function* planProperties(plan: TrackingPlan): Generator<PlanProperty> {
  for (const event of plan.events.values()) {
    for (const property of event.properties.values()) {
      yield {
        section: 'event',
        property,
        path: ['events', event.key, 'properties', property.name],
        owner: `events.${event.key}`,
        exempt: isExempt(event.status) || isExempt(property.status),
      };
    }
  }
  for (const property of plan.superProperties.values()) {
    yield { section: 'superProperties', property, path: ['superProperties', property.name], owner: 'superProperties', exempt: isExempt(property.status) };
  }
  for (const property of plan.people.values()) {
    yield { section: 'people', property, path: ['people', property.name], owner: 'people', exempt: isExempt(property.status) };
  }
}
