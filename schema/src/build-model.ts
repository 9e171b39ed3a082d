import { isObject, type RawObject } from './merge-includes.js';
import type {
  CheckSettings,
  RuleSetting,
  CaseStyle,
  CodeSettings,
  Conventions,
  EventDefinition,
  Identity,
  JsonSchema,
  PeopleProperty,
  Product,
  PropertyDefinition,
  Side,
  Status,
  Tracker,
} from './model.js';
import type { RefResolver } from './resolve-refs.js';
import type { NodePath } from './source/source-document.js';

/** The model's sections, built from a merged plan that already passed the format check. */
export interface PlanSections {
  readonly formatVersion: number;
  readonly conventions: Conventions;
  readonly products: ReadonlyMap<string, Product>;
  readonly code: CodeSettings;
  readonly check: CheckSettings;
  readonly defs: ReadonlyMap<string, JsonSchema>;
  readonly events: ReadonlyMap<string, EventDefinition>;
  readonly superProperties: ReadonlyMap<string, PropertyDefinition>;
  readonly people: ReadonlyMap<string, PeopleProperty>;
  readonly identity: Identity;
  /**
   * Which optional sections the plan has. An absent `people` or `superProperties` section is not
   * governed yet (a team adopting trackplan starts with events); present and empty means "none allowed".
   */
  readonly governs: { readonly people: boolean; readonly superProperties: boolean };
}

const entries = (value: unknown): [string, RawObject][] => (isObject(value) ? Object.entries(value).map(([k, v]) => [k, isObject(v) ? v : {}]) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : value instanceof Date ? value.toISOString().slice(0, 10) : undefined;

export function buildModel(plan: RawObject, refs: RefResolver): PlanSections {
  const conventions = isObject(plan.conventions) ? plan.conventions : {};
  const code = isObject(plan.code) ? plan.code : {};
  const check = isObject(plan.check) ? plan.check : {};
  const property = (name: string, raw: unknown, path: NodePath): PropertyDefinition => {
    const { schema, ref } = refs.resolve(raw, path);
    return {
      name,
      schema,
      description: optionalString(schema.description),
      status: (schema.status as Status | undefined) ?? 'active',
      products: Array.isArray(schema.products) ? strings(schema.products) : undefined,
      ref,
    };
  };
  const properties = (section: unknown, path: NodePath): Map<string, PropertyDefinition> =>
    new Map(entries(section).map(([name, raw]) => [name, property(name, raw, [...path, name])]));

  return {
    formatVersion: plan.version as number,
    conventions: {
      eventName: (conventions.eventName as CaseStyle | undefined) ?? 'any',
      propertyName: (conventions.propertyName as CaseStyle | undefined) ?? 'any',
      acronyms: strings(conventions.acronyms),
    },
    products: new Map(
      entries(plan.products).map(([name, p]) => [
        name,
        { name, owners: strings(p.owners), paths: strings(p.paths), side: p.side as Side | undefined, description: optionalString(p.description) },
      ]),
    ),
    code: { trackers: Array.isArray(code.trackers) ? (code.trackers as Tracker[]) : [], ignore: strings(code.ignore) },
    check: {
      rules: Object.fromEntries(isObject(check.rules) ? Object.entries(check.rules).filter(([, setting]) => typeof setting === 'string') : []) as Record<
        string,
        RuleSetting
      >,
    },
    defs: new Map(entries(plan.$defs).map(([name]) => [name, refs.definition(name)])),
    events: new Map(
      entries(plan.events).map(([key, e]) => [
        key,
        {
          key,
          eventName: String(e.eventName),
          description: optionalString(e.description),
          products: Array.isArray(e.products) ? strings(e.products) : undefined,
          status: (e.status as Status | undefined) ?? 'active',
          replacedBy: optionalString(e.replacedBy),
          since: optionalString(e.since),
          reason: optionalString(e.reason),
          properties: properties(e.properties, ['events', key, 'properties']),
          required: strings(e.required),
          additionalProperties: e.additionalProperties === true,
        },
      ]),
    ),
    superProperties: properties(plan.superProperties, ['superProperties']),
    people: new Map(
      entries(plan.people).map(([name, raw]) => {
        const base = property(name, raw, ['people', name]);
        return [name, { ...base, owner: (base.schema.owner as Side | undefined) ?? 'server' }];
      }),
    ),
    governs: {
      people: plan.people !== undefined && plan.people !== null,
      superProperties: plan.superProperties !== undefined && plan.superProperties !== null,
    },
    identity: {
      distinctId:
        isObject(plan.identity) && isObject(plan.identity.distinctId) ? refs.resolve(plan.identity.distinctId, ['identity', 'distinctId']).schema : undefined,
    },
  };
}
