import { afterAll, describe, expect, it } from 'vitest';
import { CHANGE_KINDS } from '../../schema/src/index.js';
import { diffOf } from '../helpers/diff.js';

const products = { web: { owners: ['@acme/web'] }, ios: { owners: ['@acme/ios'] }, backend: { owners: ['@acme/api'] } };
const orderCompleted = {
  eventName: 'Order completed',
  products: ['web', 'ios'],
  properties: {
    orderId: { type: 'string', format: 'uuid' },
    revenue: { type: 'number', minimum: 0 },
    quantity: { type: 'integer' },
    paymentMethod: { type: 'string', enum: ['card', 'paypal'] },
    coupon: { type: 'string', maxLength: 20, description: 'The coupon code.' },
    address: { type: 'object', properties: { city: { type: 'string' }, zip: { type: 'string' } } },
    tags: { type: 'array', items: { type: 'string' } },
  },
  required: ['orderId', 'revenue'],
};
const base = { products, events: { orderCompleted } };

/** The base plan with `orderCompleted` changed by `edit`. */
const withOrder = (edit: (event: typeof orderCompleted & Record<string, unknown>) => void) => {
  const event = structuredClone(orderCompleted) as typeof orderCompleted & Record<string, unknown>;
  edit(event);
  return { products, events: { orderCompleted: event } };
};

/** Each kind of change, with the severity DESIGN gives it and the words a reviewer reads. */
const cases: { name: string; head: Record<string, unknown>; base?: Record<string, unknown>; expected: [string, string, string][] }[] = [
  {
    name: 'event added',
    head: { products, events: { orderCompleted, orderRefunded: { eventName: 'Order refunded' } } },
    expected: [['event-added', 'safe', 'Event "Order refunded": added']],
  },
  { name: 'event removed', head: { products, events: {} }, expected: [['event-removed', 'breaking', 'Event "Order completed": removed']] },
  {
    name: 'a retired event removed from the plan',
    base: withOrder((e) => (e.status = 'retired')),
    head: { products, events: {} },
    expected: [['event-removed', 'safe', 'Event "Order completed": removed from the plan (it was already retired)']],
  },
  {
    name: 'key renamed, eventName kept',
    head: { products, events: { purchaseCompleted: orderCompleted } },
    expected: [['event-key-renamed', 'safe', 'Event "Order completed": key renamed from orderCompleted to purchaseCompleted']],
  },
  {
    name: 'eventName changed',
    head: withOrder((e) => (e.eventName = 'Purchase completed')),
    expected: [['event-name-changed', 'breaking', 'Event "Purchase completed": eventName changed from "Order completed" to "Purchase completed"']],
  },
  {
    name: 'deprecated',
    head: withOrder((e) => (e.status = 'deprecated')),
    expected: [['event-deprecated', 'dangerous', 'Event "Order completed": deprecated']],
  },
  { name: 'retired', head: withOrder((e) => (e.status = 'retired')), expected: [['event-retired', 'breaking', 'Event "Order completed": retired']] },
  {
    name: 'undeprecated',
    base: withOrder((e) => (e.status = 'deprecated')),
    head: base,
    expected: [['event-reactivated', 'safe', 'Event "Order completed": deprecated → active']],
  },
  {
    name: 'description changed',
    head: withOrder((e) => (e.description = 'Paid.')),
    expected: [['event-description-changed', 'safe', 'Event "Order completed": description changed']],
  },
  {
    name: 'product added to an event',
    head: withOrder((e) => e.products.push('backend')),
    expected: [['event-product-added', 'dangerous', 'Event "Order completed": now sent by product "backend"']],
  },
  {
    name: 'product removed from an event',
    head: withOrder((e) => (e.products = ['web'])),
    expected: [['event-product-removed', 'breaking', 'Event "Order completed": no longer sent by product "ios"']],
  },
  {
    name: 'an event for every product limited to some',
    base: withOrder((e) => delete (e as Record<string, unknown>).products),
    head: withOrder((e) => (e.products = ['web', 'ios'])),
    expected: [['event-product-removed', 'breaking', 'Event "Order completed": no longer sent by product "backend"']],
  },
  {
    name: 'additional properties allowed',
    head: withOrder((e) => (e.additionalProperties = true)),
    expected: [['event-additional-properties-allowed', 'dangerous', 'Event "Order completed": now accepts properties the plan does not list']],
  },
  {
    name: 'additional properties forbidden again',
    base: withOrder((e) => (e.additionalProperties = true)),
    head: withOrder(() => {}),
    expected: [['event-additional-properties-forbidden', 'breaking', 'Event "Order completed": no longer accepts properties the plan does not list']],
  },
  {
    name: 'property retired',
    head: withOrder((e) => Object.assign(e.properties.coupon, { status: 'retired' })),
    expected: [['property-retired', 'breaking', 'Event "Order completed", property "coupon": retired']],
  },
  {
    name: 'property reactivated',
    base: withOrder((e) => Object.assign(e.properties.coupon, { status: 'deprecated' })),
    head: withOrder(() => {}),
    expected: [['property-reactivated', 'safe', 'Event "Order completed", property "coupon": deprecated → active']],
  },
  {
    name: 'optional property added',
    head: withOrder((e) => Object.assign(e.properties, { note: { type: 'string' } })),
    expected: [['property-added', 'safe', 'Event "Order completed", property "note": added (optional)']],
  },
  {
    name: 'required property added',
    head: withOrder((e) => {
      Object.assign(e.properties, { currency: { type: 'string' } });
      e.required.push('currency');
    }),
    expected: [['property-added-required', 'breaking', 'Event "Order completed", property "currency": added as required']],
  },
  {
    name: 'property removed',
    head: withOrder((e) => delete (e.properties as Record<string, unknown>).coupon),
    expected: [['property-removed', 'breaking', 'Event "Order completed", property "coupon": removed']],
  },
  {
    name: 'type changed',
    head: withOrder((e) => (e.properties.coupon = { type: 'number', description: 'The coupon code.' } as never)),
    expected: [['property-type-changed', 'breaking', 'Event "Order completed", property "coupon": type changed from string to number']],
  },
  {
    name: 'integer widened to number',
    head: withOrder((e) => (e.properties.quantity.type = 'number')),
    expected: [['property-type-widened', 'dangerous', 'Event "Order completed", property "quantity": type widened from integer to number']],
  },
  {
    name: 'number narrowed to integer',
    head: withOrder((e) => (e.properties.revenue.type = 'integer')),
    expected: [['property-type-changed', 'breaking', 'Event "Order completed", property "revenue": type changed from number to integer']],
  },
  {
    name: 'nullable added',
    head: withOrder((e) => ((e.properties.quantity as Record<string, unknown>).type = ['integer', 'null'])),
    expected: [['property-type-widened', 'dangerous', 'Event "Order completed", property "quantity": type widened from integer to integer | null']],
  },
  {
    name: 'enum value added',
    head: withOrder((e) => e.properties.paymentMethod.enum.push('klarna')),
    expected: [['property-enum-value-added', 'dangerous', 'Event "Order completed", property "paymentMethod": enum value "klarna" added']],
  },
  {
    name: 'enum value removed',
    head: withOrder((e) => (e.properties.paymentMethod.enum = ['card'])),
    expected: [['property-enum-value-removed', 'breaking', 'Event "Order completed", property "paymentMethod": enum value "paypal" removed']],
  },
  {
    name: 'enum added to a free string',
    head: withOrder((e) => Object.assign(e.properties.coupon, { enum: ['SUMMER'] })),
    expected: [['property-constraint-tightened', 'breaking', 'Event "Order completed", property "coupon": enum ["SUMMER"] added']],
  },
  {
    name: 'const changed',
    base: withOrder((e) => Object.assign(e.properties.coupon, { const: 'A' })),
    head: withOrder((e) => Object.assign(e.properties.coupon, { const: 'B' })),
    expected: [['property-const-changed', 'breaking', 'Event "Order completed", property "coupon": fixed value changed from "A" to "B"']],
  },
  {
    name: 'minimum raised',
    head: withOrder((e) => (e.properties.revenue.minimum = 1)),
    expected: [['property-constraint-tightened', 'breaking', 'Event "Order completed", property "revenue": minimum tightened from 0 to 1']],
  },
  {
    name: 'minimum removed',
    head: withOrder((e) => delete (e.properties.revenue as Record<string, unknown>).minimum),
    expected: [['property-constraint-loosened', 'dangerous', 'Event "Order completed", property "revenue": minimum 0 removed']],
  },
  {
    name: 'maxLength lowered',
    head: withOrder((e) => (e.properties.coupon.maxLength = 10)),
    expected: [['property-constraint-tightened', 'breaking', 'Event "Order completed", property "coupon": maxLength tightened from 20 to 10']],
  },
  {
    name: 'maxLength raised',
    head: withOrder((e) => (e.properties.coupon.maxLength = 40)),
    expected: [['property-constraint-loosened', 'dangerous', 'Event "Order completed", property "coupon": maxLength loosened from 20 to 40']],
  },
  {
    name: 'pattern added',
    head: withOrder((e) => Object.assign(e.properties.coupon, { pattern: '^[A-Z]+$' })),
    expected: [['property-constraint-tightened', 'breaking', 'Event "Order completed", property "coupon": pattern "^[A-Z]+$" added']],
  },
  {
    name: 'format removed',
    head: withOrder((e) => delete (e.properties.orderId as Record<string, unknown>).format),
    expected: [['property-constraint-loosened', 'dangerous', 'Event "Order completed", property "orderId": format "uuid" removed']],
  },
  {
    name: 'became required',
    head: withOrder((e) => e.required.push('coupon')),
    expected: [['property-became-required', 'breaking', 'Event "Order completed", property "coupon": became required']],
  },
  {
    name: 'became optional',
    head: withOrder((e) => (e.required = ['orderId'])),
    expected: [['property-became-optional', 'dangerous', 'Event "Order completed", property "revenue": became optional']],
  },
  {
    name: 'property description changed',
    head: withOrder((e) => (e.properties.coupon.description = 'Code.')),
    expected: [['property-description-changed', 'safe', 'Event "Order completed", property "coupon": description changed']],
  },
  {
    name: 'property deprecated',
    head: withOrder((e) => Object.assign(e.properties.coupon, { status: 'deprecated' })),
    expected: [['property-deprecated', 'dangerous', 'Event "Order completed", property "coupon": deprecated']],
  },
  {
    name: 'nested property removed',
    head: withOrder((e) => delete (e.properties.address.properties as Record<string, unknown>).zip),
    expected: [['property-removed', 'breaking', 'Event "Order completed", property "address.zip": removed']],
  },
  {
    name: 'array item type changed',
    head: withOrder((e) => (e.properties.tags.items.type = 'number')),
    expected: [['property-type-changed', 'breaking', 'Event "Order completed", property "tags[]": type changed from string to number']],
  },
];

/** Kinds made by the suites below rather than by a case here. */
const coveredBelow = new Set<string>();

describe('each kind of change has its severity', () => {
  it.each(cases)('$name', ({ head, expected, ...rest }) => {
    const diff = diffOf(rest.base ?? base, head);
    expect(diff.changes.map((c) => [c.kind, c.severity, c.message])).toEqual(expected);
  });
});

afterAll(() => {
  // Every kind in the registry is made by some test: a kind nobody can produce is dead, one nobody tests is unchecked.
  const seen = new Set([...cases.flatMap((c) => c.expected.map(([kind]) => kind)), ...coveredBelow]);
  expect(Object.keys(CHANGE_KINDS).filter((kind) => !seen.has(kind))).toEqual([]);
});

describe('super properties, people and products', () => {
  const plan = {
    products,
    superProperties: { appVersion: { type: 'string' } },
    people: { plan: { type: 'string', owner: 'server' }, theme: { type: 'string', owner: 'client', products: ['web'] } },
  };

  it('reports super and people property changes, owner changes and product scopes', () => {
    const diff = diffOf(plan, {
      products,
      superProperties: { appVersion: { type: 'string' }, platform: { type: 'string' } },
      people: { plan: { type: 'string', owner: 'client' }, theme: { type: 'string', owner: 'client', products: ['web', 'ios'] } },
    });
    expect(diff.changes.map((c) => [c.kind, c.severity, c.message, c.products])).toEqual([
      ['property-added', 'safe', 'Super property "platform": added (optional)', ['web', 'ios', 'backend']],
      ['people-owner-changed', 'breaking', 'People property "plan": owner changed from server to client', ['web', 'ios', 'backend']],
      ['property-product-added', 'dangerous', 'People property "theme": product "ios" added', ['web', 'ios']],
    ]);
    for (const change of diff.changes) coveredBelow.add(change.kind);
  });

  it('reports a product removed from a people property', () => {
    const diff = diffOf(plan, { ...plan, people: { ...plan.people, theme: { type: 'string', owner: 'client', products: [] } } });
    expect(diff.changes.map((c) => [c.kind, c.severity, c.message])).toEqual([
      ['property-product-removed', 'breaking', 'People property "theme": product "web" removed'],
    ]);
    for (const change of diff.changes) coveredBelow.add(change.kind);
  });

  it('reports products added, removed and changed', () => {
    const diff = diffOf(
      { products },
      {
        products: {
          web: { owners: ['@acme/frontend'], paths: ['apps/web/**'] },
          ios: { owners: ['@acme/ios'], side: 'client' },
          android: { owners: ['@acme/android'] },
        },
      },
    );
    expect(diff.changes.map((c) => [c.kind, c.severity, c.message])).toEqual([
      ['product-added', 'safe', 'Product "android": added (owners: @acme/android)'],
      ['product-removed', 'breaking', 'Product "backend": removed'],
      ['product-side-changed', 'dangerous', 'Product "ios": side changed from unset to client'],
      ['product-owners-changed', 'safe', 'Product "web": owners changed from @acme/web to @acme/frontend'],
      ['product-paths-changed', 'safe', 'Product "web": paths changed from none to apps/web/**'],
    ]);
    for (const change of diff.changes) coveredBelow.add(change.kind);
  });
});

describe('the diff as a whole', () => {
  it('reports a new or removed event once, not once per property', () => {
    expect(diffOf(base, { products, events: {} }).changes).toHaveLength(1);
    expect(diffOf({ products, events: {} }, base).changes).toHaveLength(1);
  });

  it('reports a shared $defs change for every event that uses it, so each product sees it', () => {
    const plan = (values: string[]) => ({
      products,
      $defs: { plan: { type: 'string', enum: values } },
      events: {
        upgraded: { eventName: 'Plan upgraded', products: ['web'], properties: { plan: { $ref: '#/$defs/plan' } } },
        renewed: { eventName: 'Plan renewed', products: ['backend'], properties: { plan: { $ref: '#/$defs/plan' } } },
      },
    });
    const diff = diffOf(plan(['free', 'pro']), plan(['free']));
    expect(diff.changes.map((c) => [c.message, c.products])).toEqual([
      ['Event "Plan renewed", property "plan": enum value "pro" removed', ['backend']],
      ['Event "Plan upgraded", property "plan": enum value "pro" removed', ['web']],
    ]);
  });

  it('summarises by severity', () => {
    const diff = diffOf(
      base,
      withOrder((e) => {
        e.properties.paymentMethod.enum = ['card', 'klarna'];
        e.description = 'Paid.';
      }),
    );
    expect(diff.summary).toEqual({ breaking: 1, dangerous: 1, safe: 1 });
  });

  it('is empty for the same plan', () => {
    expect(diffOf(base, base)).toEqual({ changes: [], summary: { breaking: 0, dangerous: 0, safe: 0 } });
  });
});
