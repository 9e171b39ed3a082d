import type { JsonSchema, Status } from '../model.js';
import type { NodePath } from '../source/source-document.js';
import { sameJson } from './same-json.js';
import { buildChange, type ChangeFacts, type ChangeScope, type Change } from './change.js';
import {
  constChanged,
  constraintLoosened,
  constraintTightened,
  enumValueAdded,
  enumValueRemoved,
  peopleOwnerChanged,
  propertyAdded,
  propertyAddedRequired,
  propertyBecameOptional,
  propertyBecameRequired,
  propertyDescriptionChanged,
  propertyProductAdded,
  propertyProductRemoved,
  propertyRemoved,
  propertyStatusChanged,
  propertyTypeChanged,
  propertyTypeWidened,
  type PropertyFacts,
} from './property-changes.js';

/**
 * The walker over two property sets (after GraphQL Inspector's `diff/`): it only decides which of the
 * change builders in property-changes.ts apply, and where each change is written.
 */

/** Where a property (or a nested one) is written in each plan. */
export interface PropertyPaths {
  readonly base: NodePath;
  readonly head: NodePath;
}

type Schemas = Readonly<Record<string, JsonSchema>>;
type Facts = PropertyFacts;
const inHead = (paths: PropertyPaths, keyword?: string): Pick<ChangeFacts, 'path' | 'pathIn'> => ({
  path: keyword ? [...paths.head, keyword] : paths.head,
  pathIn: 'head',
});
const child = (paths: PropertyPaths, ...segments: string[]): PropertyPaths => ({ base: [...paths.base, ...segments], head: [...paths.head, ...segments] });

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems'] as const;
/** Keywords where any value added or changed restricts what passes, and removing one frees it. */
const RESTRICTIONS = ['format', 'pattern', 'multipleOf'] as const;

const typesOf = (schema: JsonSchema): string[] | undefined =>
  typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type.map(String).sort() : undefined;

/** Does every value of `before` types pass `after` types? (integer is a number) */
const widens = (before: readonly string[], after: readonly string[]): boolean =>
  before.every((t) => after.includes(t) || (t === 'integer' && after.includes('number')));

const sameValue = sameJson;

interface PropertySetOptions {
  readonly scope: ChangeScope;
  readonly paths: PropertyPaths;
  /** The dotted name of the object these properties belong to (`address`), empty at the top. */
  readonly prefix: string;
  /** People properties carry `owner`; event and super properties do not. */
  readonly people: boolean;
  /** Every product either plan declares: what a property without `products` applies to. */
  readonly allProducts: readonly string[];
  /** The scope of one property's changes, when it differs per property (people properties list their products). */
  readonly scopeOf?: (before: JsonSchema | undefined, after: JsonSchema | undefined) => ChangeScope;
}

/** Compares two sets of properties: added, removed, and changed ones, with `required` for each. */
export function diffPropertySet(
  base: Schemas,
  head: Schemas,
  baseRequired: readonly string[],
  headRequired: readonly string[],
  options: PropertySetOptions,
): Change[] {
  const changes: Change[] = [];
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  for (const name of names) {
    const property = options.prefix ? `${options.prefix}.${name}` : name;
    const paths = child(options.paths, name);
    const before = base[name];
    const after = head[name];
    const scope = options.scopeOf?.(before, after) ?? options.scope;
    const at = (f: Facts, where: 'base' | 'head' = 'head'): Change =>
      buildChange(scope, { ...f, path: where === 'head' ? paths.head : paths.base, pathIn: where });
    if (!before && after) {
      changes.push(at(headRequired.includes(name) ? propertyAddedRequired(property, after) : propertyAdded(property, after)));
    } else if (before && !after) {
      changes.push(at(propertyRemoved(property, before), 'base'));
    } else if (before && after) {
      if (!baseRequired.includes(name) && headRequired.includes(name)) changes.push(at(propertyBecameRequired(property)));
      if (baseRequired.includes(name) && !headRequired.includes(name)) changes.push(at(propertyBecameOptional(property)));
      if (sameValue(before, after)) continue;
      changes.push(...diffPropertySchema(before, after, property, paths, { ...options, scope }));
    }
  }
  return changes;
}

/** Compares one property's schema: plan keywords, type, values, constraints, then nested schemas. */
export function diffPropertySchema(before: JsonSchema, after: JsonSchema, property: string, paths: PropertyPaths, options: PropertySetOptions): Change[] {
  const facts: (Facts & Pick<ChangeFacts, 'path' | 'pathIn'>)[] = [];
  const add = (f: Facts, keyword?: string): void =>
    void facts.push({ ...f, ...inHead(paths, keyword !== undefined && keyword in after ? keyword : undefined) });

  const statusBefore = (before.status as Status | undefined) ?? 'active';
  const statusAfter = (after.status as Status | undefined) ?? 'active';
  if (statusBefore !== statusAfter) add(propertyStatusChanged(property, statusBefore, statusAfter), 'status');
  if (options.people && before.owner !== after.owner) add(peopleOwnerChanged(property, before.owner, after.owner), 'owner');
  diffProductList(
    before.products,
    after.products,
    options.allProducts,
    (product) => {
      add(propertyProductAdded(property, product), 'products');
    },
    (product) => {
      add(propertyProductRemoved(property, product), 'products');
    },
  );

  const typesBefore = typesOf(before);
  const typesAfter = typesOf(after);
  const typeChanged = !sameValue(typesBefore, typesAfter);
  if (typeChanged) {
    if (typesBefore && (!typesAfter || widens(typesBefore, typesAfter))) add(propertyTypeWidened(property, typesBefore, typesAfter), 'type');
    else add(propertyTypeChanged(property, typesBefore, typesAfter), 'type');
  }
  // A new type already breaks every value; its enum and bounds would only repeat that.
  const narrowedType = typeChanged && !(typesBefore && (!typesAfter || widens(typesBefore, typesAfter)));
  if (!narrowedType) {
    diffEnum(before.enum, after.enum, property, add);
    if ('const' in before || 'const' in after) {
      if (!('const' in before)) add(constraintTightened(property, 'const', undefined, after.const), 'const');
      else if (!('const' in after)) add(constraintLoosened(property, 'const', before.const, undefined));
      else if (!sameValue(before.const, after.const)) add(constChanged(property, before.const, after.const), 'const');
    }
    for (const keyword of LOWER_BOUNDS) diffBound(keyword, before[keyword], after[keyword], 'lower', property, add);
    for (const keyword of UPPER_BOUNDS) diffBound(keyword, before[keyword], after[keyword], 'upper', property, add);
    for (const keyword of RESTRICTIONS) {
      if (sameValue(before[keyword], after[keyword])) continue;
      if (after[keyword] === undefined) add(constraintLoosened(property, keyword, before[keyword], undefined));
      else add(constraintTightened(property, keyword, before[keyword], after[keyword]), keyword);
    }
    if (before.uniqueItems !== true && after.uniqueItems === true) add(constraintTightened(property, 'uniqueItems', before.uniqueItems, true), 'uniqueItems');
    if (before.uniqueItems === true && after.uniqueItems !== true) add(constraintLoosened(property, 'uniqueItems', true, after.uniqueItems));
    if (before.additionalProperties !== false && after.additionalProperties === false)
      add(constraintTightened(property, 'additionalProperties', before.additionalProperties, false), 'additionalProperties');
    if (before.additionalProperties === false && after.additionalProperties !== false)
      add(constraintLoosened(property, 'additionalProperties', false, after.additionalProperties));
  }
  if (!sameValue(before.description, after.description)) add(propertyDescriptionChanged(property, before.description, after.description), 'description');

  const changes = facts.map((f) => buildChange(options.scope, f));
  if (!narrowedType && (isSchema(before.properties) || isSchema(after.properties))) {
    changes.push(
      ...diffPropertySet(
        (before.properties as Schemas | undefined) ?? {},
        (after.properties as Schemas | undefined) ?? {},
        strings(before.required),
        strings(after.required),
        { ...options, prefix: property, paths: child(paths, 'properties'), people: false },
      ),
    );
  }
  if (!narrowedType && isSchema(before.items) && isSchema(after.items)) {
    changes.push(...diffPropertySchema(before.items, after.items, `${property}[]`, child(paths, 'items'), { ...options, people: false }));
  }
  return changes;
}

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function diffEnum(before: unknown, after: unknown, property: string, add: (f: Facts, keyword?: string) => void): void {
  if (!Array.isArray(before) && !Array.isArray(after)) return;
  if (!Array.isArray(before)) {
    add(constraintTightened(property, 'enum', undefined, after), 'enum');
    return;
  }
  if (!Array.isArray(after)) {
    add(constraintLoosened(property, 'enum', before, undefined));
    return;
  }
  const has = (list: unknown[], value: unknown): boolean => list.some((v) => sameValue(v, value));
  for (const value of before) if (!has(after, value)) add(enumValueRemoved(property, value), 'enum');
  for (const value of after) if (!has(before, value)) add(enumValueAdded(property, value), 'enum');
}

function diffBound(
  keyword: string,
  before: unknown,
  after: unknown,
  bound: 'lower' | 'upper',
  property: string,
  add: (f: Facts, keyword?: string) => void,
): void {
  if (before === after) return;
  if (typeof after !== 'number') {
    add(constraintLoosened(property, keyword, before, undefined));
    return;
  }
  if (typeof before !== 'number') {
    add(constraintTightened(property, keyword, undefined, after), keyword);
    return;
  }
  const tighter = bound === 'lower' ? after > before : after < before;
  add(tighter ? constraintTightened(property, keyword, before, after) : constraintLoosened(property, keyword, before, after), keyword);
}

/** Calls back for each product added to or removed from a `products` list (absent: every product). */
export function diffProductList(
  before: unknown,
  after: unknown,
  allProducts: readonly string[],
  added: (product: string) => void,
  removed: (product: string) => void,
): void {
  if (before === undefined && after === undefined) return;
  const listBefore = Array.isArray(before) ? before.map(String) : allProducts;
  const listAfter = Array.isArray(after) ? after.map(String) : allProducts;
  for (const product of listBefore) if (!listAfter.includes(product)) removed(product);
  for (const product of listAfter) if (!listBefore.includes(product)) added(product);
}
