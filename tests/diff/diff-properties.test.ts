import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPlans, type TrackingPlan } from '../../schema/src/index.js';
import { planOf } from '../helpers/diff.js';

// Plans built from a small vocabulary, so two random plans share events and properties often.
const names = fc.constantFrom('alpha', 'beta', 'gamma', 'delta');
const products = fc.subarray(['web', 'ios', 'backend'], { minLength: 1 });
const propertySchema = fc.oneof(
  fc.record({ type: fc.constantFrom('string', 'number', 'integer', 'boolean') }),
  fc.record({ type: fc.constant('string'), enum: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1 }) }),
  fc.record({ type: fc.constant('number'), minimum: fc.integer({ min: 0, max: 3 }), maximum: fc.integer({ min: 4, max: 9 }) }),
  fc.record({ type: fc.constant('string'), description: fc.constantFrom('one', 'two') }),
);
const event = fc
  .record({
    eventName: fc.constantFrom('Signed up', 'Logged in', 'Ordered', 'Refunded'),
    status: fc.constantFrom('active', 'deprecated', 'retired'),
    products,
    properties: fc.dictionary(names, propertySchema, { maxKeys: 4 }),
  })
  .chain((e) => fc.subarray(Object.keys(e.properties)).map((required) => ({ ...e, required })));
const plan = fc
  .record({
    events: fc.dictionary(fc.constantFrom('signUp', 'logIn', 'order', 'refund', 'purchase'), event, { maxKeys: 4 }),
    people: fc.dictionary(
      names,
      propertySchema.map((s) => ({ ...s, owner: 'server' })),
      { maxKeys: 3 },
    ),
  })
  // An eventName belongs to one event in a valid plan.
  .filter((p) => new Set(Object.values(p.events).map((e) => e.eventName)).size === Object.keys(p.events).length)
  .map((p) => planOf({ products: { web: {}, ios: {}, backend: {} }, ...p }));

/** Does the thing at a change's path exist in `plan`? (events.key.properties.name..., people.name, ...) */
const exists = (plan: TrackingPlan, path: readonly (string | number)[]): boolean => {
  const [section, key, , property] = path.map(String);
  if (section === 'events') {
    const event = plan.events.get(key!);
    return event !== undefined && (property === undefined || event.properties.has(property));
  }
  if (section === 'people') return key === undefined || plan.people.has(key);
  if (section === 'superProperties') return key === undefined || plan.superProperties.has(key);
  return section === 'products' && (key === undefined || plan.products.has(key));
};

describe('diff properties', () => {
  it('a plan diffed with itself is empty', () => {
    fc.assert(
      fc.property(plan, (p) => diffPlans(p, p).changes.length === 0),
      { numRuns: 60 },
    );
  });

  it('every change names something present in one of the two plans', () => {
    fc.assert(
      fc.property(plan, plan, (a, b) => diffPlans(a, b).changes.every((c) => exists(c.pathIn === 'base' ? a : b, c.path))),
      { numRuns: 60 },
    );
  });

  it('what diff(a, b) adds, diff(b, a) removes, at the same place', () => {
    // Both name the place in b: the head of the forward diff is the base of the backward one.
    const places = (changes: readonly { kind: string; path: readonly unknown[] }[], kinds: string[]) =>
      changes
        .filter((c) => kinds.includes(c.kind))
        .map((c) => JSON.stringify(c.path))
        .sort();
    fc.assert(
      fc.property(plan, plan, (a, b) => {
        const forward = diffPlans(a, b).changes;
        const backward = diffPlans(b, a).changes;
        expect(places(backward, ['event-removed'])).toEqual(places(forward, ['event-added']));
        expect(places(backward, ['property-removed'])).toEqual(places(forward, ['property-added', 'property-added-required']));
      }),
      { numRuns: 60 },
    );
  });
});
