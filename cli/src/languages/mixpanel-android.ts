import type { CallDescription, CallKind, WrittenEntries } from '@trackplan/schema';
import type { FileContext, ValueSyntax } from './language.js';
import { describedEvent, describedId, namedEntry, spanOf } from './syntax.js';
import type { SyntaxNode } from './tree-sitter.js';

/**
 * mixpanel-android's API (MixpanelAPI.java), called the same way from Java and Kotlin: which
 * positional argument carries what. The language files read the syntax; this reads the SDK.
 */
interface PositionalShape {
  readonly kind: CallKind;
  readonly event?: number;
  readonly properties?: number;
  readonly distinctId?: number;
  /** `set("plan", "pro")`: a name at this position, its value after it. */
  readonly propertyName?: number;
  readonly peopleMethod?: string;
}

const INSTANCE_METHODS: Readonly<Record<string, PositionalShape>> = {
  track: { kind: 'track', event: 0, properties: 1 },
  trackMap: { kind: 'track', event: 0, properties: 1 },
  timeEvent: { kind: 'time-event', event: 0 },
  identify: { kind: 'identify', distinctId: 0 },
  alias: { kind: 'alias', distinctId: 0 },
  registerSuperProperties: { kind: 'register', properties: 0 },
  registerSuperPropertiesMap: { kind: 'register', properties: 0 },
  registerSuperPropertiesOnce: { kind: 'register', properties: 0 },
  registerSuperPropertiesOnceMap: { kind: 'register', properties: 0 },
  unregisterSuperProperty: { kind: 'unregister', propertyName: 0 },
};

const nameOrObject =
  (peopleMethod: string): ((args: number) => PositionalShape) =>
  (count) =>
    count >= 2 ? { kind: 'people', peopleMethod, propertyName: 0 } : { kind: 'people', peopleMethod, properties: 0 };

/** People (MixpanelAPI.People): `set(name, value)` or `set(JSONObject)`, `setMap(Map)`, and the others. */
const PEOPLE_METHODS: Readonly<Record<string, (args: number) => PositionalShape>> = {
  set: nameOrObject('set'),
  setMap: nameOrObject('set'),
  setOnce: nameOrObject('set_once'),
  setOnceMap: nameOrObject('set_once'),
  increment: nameOrObject('increment'),
  append: () => ({ kind: 'people', peopleMethod: 'append', propertyName: 0 }),
  union: () => ({ kind: 'people', peopleMethod: 'union', propertyName: 0 }),
  remove: () => ({ kind: 'people', peopleMethod: 'remove', propertyName: 0 }),
  unset: () => ({ kind: 'people', peopleMethod: 'unset', propertyName: 0 }),
  trackCharge: () => ({ kind: 'people', peopleMethod: 'track_charge' }),
  clearCharges: () => ({ kind: 'people', peopleMethod: 'clear_charges' }),
  deleteUser: () => ({ kind: 'people', peopleMethod: 'delete_user' }),
};

export const isInstanceMethod = (name: string): boolean => Object.hasOwn(INSTANCE_METHODS, name);
export const isPeopleMethod = (name: string): boolean => Object.hasOwn(PEOPLE_METHODS, name);

export function describeAndroidCall(
  call: SyntaxNode,
  method: string,
  onPeople: boolean,
  args: readonly SyntaxNode[],
  syntax: ValueSyntax,
  file: FileContext,
): CallDescription | undefined {
  const shape = onPeople ? PEOPLE_METHODS[method]?.(args.length) : INSTANCE_METHODS[method];
  if (!shape) return undefined;
  const at = (index: number | undefined): SyntaxNode | undefined => (index === undefined ? undefined : args[index]);
  const event = at(shape.event);
  const properties = at(shape.properties);
  const distinctId = at(shape.distinctId);
  const name = at(shape.propertyName);
  const written: WrittenEntries | undefined = name ? namedEntry(name, args[(shape.propertyName ?? 0) + 1], syntax) : properties && syntax.entries(properties);
  return {
    span: spanOf(call),
    vendor: 'mixpanel',
    vendorLabel: 'Mixpanel',
    method: onPeople ? `people.${method}` : method,
    kind: shape.kind,
    peopleMethod: shape.peopleMethod,
    side: file.productSide ?? 'client',
    products: file.products,
    event: event && describedEvent(event, syntax),
    passesProperties: properties !== undefined,
    written,
    personUpdates: [],
    distinctId: distinctId && describedId(distinctId, syntax),
  };
}
