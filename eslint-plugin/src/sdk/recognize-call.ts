import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Tracker } from '@trackplan/schema';
import { calleePath, memberName, propertyKeyName, unwrap } from './ast.js';
import { comesFrom } from './match-tracker.js';
import type { ModuleEnvironment } from '../resolve/project-modules.js';
import type { HandleResolver } from './resolve-handle.js';
import { clientMethod, peopleMethod, sdkOf, TRACKING_METHOD_NAMES, type MethodSpec } from './sdk-catalog.js';
import type { TrackingCall } from './tracking-call.js';

export interface RecognitionContext {
  readonly handles: HandleResolver;
  readonly env: ModuleEnvironment;
  readonly trackers: ReadonlyMap<string, readonly Tracker[]>;
  readonly scopeOf: (node: TSESTree.Node) => TSESLint.Scope.Scope;
}

/**
 * Is this call a tracking call, and which arguments carry what? Cheap tests first: the callee's
 * last name must be a tracking method or a tracker's callee before any binding is followed.
 */
export function recognizeCall(node: TSESTree.CallExpression, context: RecognitionContext): TrackingCall | undefined {
  const callee = unwrap(node.callee);
  const path = calleePath(callee);
  if (path !== undefined) {
    const trackers = context.trackers.get(path);
    const tracker = trackers?.find((t) => t.from === undefined || comesFrom(callee, t.from, context.scopeOf));
    if (tracker && appliesToJavaScript(tracker)) return trackerCall(node, tracker);
  }
  const name = callee.type === 'MemberExpression' ? memberName(callee) : callee.type === 'Identifier' ? callee.name : undefined;
  if (name === undefined || !TRACKING_METHOD_NAMES.has(name)) return undefined;

  const handle = context.handles.handleOf(callee.type === 'MemberExpression' ? callee.object : callee, context.env);
  if (!handle) return undefined;
  let spec: MethodSpec | undefined;
  let method = name;
  if (callee.type === 'MemberExpression' && handle.type === 'client') spec = clientMethod(handle.sdk, name);
  else if (callee.type === 'MemberExpression' && handle.type === 'people') {
    spec = peopleMethod(handle.sdk, name);
    method = `people.${name}`;
  } else if (callee.type === 'Identifier' && handle.type === 'function') spec = clientMethod(handle.sdk, handle.name);
  if (!spec) return undefined;
  return callFromSpec(node, spec, { sdk: handle.sdk, method, side: sdkOf(handle.sdk).side });
}

const argument = (node: TSESTree.CallExpression, index: number | undefined): TSESTree.Node | undefined => {
  if (index === undefined) return undefined;
  const arg = node.arguments[index];
  return arg === undefined || arg.type === 'SpreadElement' ? undefined : arg;
};

const objectValue = (object: TSESTree.Node | undefined, key: string | undefined): TSESTree.Node | undefined => {
  const node = object && unwrap(object);
  if (node?.type !== 'ObjectExpression' || key === undefined) return undefined;
  for (const property of node.properties) {
    if (property.type === 'Property' && propertyKeyName(property) === key) return property.value;
  }
  return undefined;
};

/** A `(name, value)` argument rather than an object: a string written in place. */
const isNameArgument = (node: TSESTree.Node | undefined): boolean => {
  const value = node && unwrap(node);
  return value?.type === 'Literal' ? typeof value.value === 'string' : value?.type === 'TemplateLiteral' || value?.type === 'ArrayExpression';
};

function callFromSpec(node: TSESTree.CallExpression, spec: MethodSpec, base: Pick<TrackingCall, 'sdk' | 'method' | 'side' | 'tracker'>): TrackingCall {
  if (spec.objectKeys) {
    const object = argument(node, 0);
    return {
      node,
      ...base,
      kind: spec.kind,
      event: objectValue(object, spec.objectKeys.event),
      properties: objectValue(object, spec.objectKeys.properties),
      distinctId: objectValue(object, spec.objectKeys.distinctId),
      writesPeople: spec.writesPeople,
    };
  }
  const call: TrackingCall = {
    node,
    ...base,
    kind: spec.kind,
    event: argument(node, spec.event),
    properties: argument(node, spec.properties),
    distinctId: argument(node, spec.distinctId),
    peopleMethod: spec.peopleMethod,
    writesPeople: spec.writesPeople,
  };
  if (spec.nameOrObject === undefined) return call;
  const first = argument(node, spec.nameOrObject);
  const nameForm = isNameArgument(first);
  const modifiersIndex = base.sdk === 'tracker' ? undefined : sdkOf(base.sdk).peopleModifiersIndex?.(spec.peopleMethod, nameForm);
  const withModifiers = modifiersIndex === undefined ? {} : { modifiersIndex };
  return nameForm
    ? { ...call, ...withModifiers, propertyName: first, propertyValue: argument(node, spec.nameOrObject + 1) }
    : { ...call, ...withModifiers, properties: first };
}

/** JavaScript has no argument labels: a wrapper whose arguments are named applies here only as an `object` wrapper (the names are its keys). */
const appliesToJavaScript = (tracker: Tracker): boolean =>
  tracker.object === true || [tracker.event, tracker.properties, tracker.distinctId].every((p) => typeof p !== 'string');

/** The numeric positions of a wrapper that is not an `object` one (`appliesToJavaScript` ruled names out). */
const index = (position: number | string | undefined): number | undefined => (typeof position === 'number' ? position : undefined);
const key = (position: number | string | undefined, fallback: string): string => (typeof position === 'string' ? position : fallback);

function trackerCall(node: TSESTree.CallExpression, tracker: Tracker): TrackingCall {
  const kind = tracker.kind ?? 'track';
  const base = { sdk: 'tracker' as const, method: tracker.callee, side: tracker.side, tracker };
  if (tracker.object) {
    const keys = { event: key(tracker.event, 'event'), properties: key(tracker.properties, 'properties'), distinctId: key(tracker.distinctId, 'distinctId') };
    const call = callFromSpec(node, { kind, objectKeys: keys }, base);
    // `track({ event: 'X', properties: {...} })`, or the flat form `track({ event: 'X', slug, plan })`
    // whose other keys are the properties.
    const object = argument(node, 0);
    return call.properties || unwrap(object ?? node).type !== 'ObjectExpression'
      ? call
      : { ...call, properties: object, notProperties: [keys.event, keys.distinctId] };
  }
  switch (kind) {
    case 'track':
      return callFromSpec(
        node,
        { kind, event: index(tracker.event) ?? 0, properties: index(tracker.properties) ?? 1, distinctId: index(tracker.distinctId) },
        base,
      );
    case 'identify':
      return callFromSpec(node, { kind, distinctId: index(tracker.distinctId) ?? 0, properties: index(tracker.properties) }, base);
    case 'register':
      return callFromSpec(node, { kind, properties: index(tracker.properties) ?? 0 }, base);
    case 'people':
      return callFromSpec(node, { kind, peopleMethod: 'set', properties: index(tracker.properties) ?? 0, distinctId: index(tracker.distinctId) }, base);
  }
}
