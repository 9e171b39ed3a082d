import { describe, expect, it } from 'vitest';
import { loadText } from '../helpers/load.js';

const planText = `version: 1
products:
  web: { owners: ["@acme/web"], paths: ["apps/web/**"], side: client }
  backend: { owners: ["@acme/api"], paths: ["services/**", "apps/web/server/**"], side: server }
$defs:
  plan: { type: string, enum: [free, pro] }
events:
  userSignsUp:
    eventName: User signs up
    properties:
      plan: { $ref: "#/$defs/plan", status: active, x-pii: false }
      seats: { type: integer, minimum: 1 }
      signedUpAt: { type: string, format: date-time }
    required: [plan]
superProperties:
  appVersion: { type: string }
people:
  $email: { type: string, format: email, owner: server }
`;

describe('the loaded plan', () => {
  const { plan } = loadText(planText);

  it('validates event properties with the plan keywords stripped, allowing Mixpanel reserved properties', () => {
    const validate = plan!.eventValidator('userSignsUp')!;
    expect(validate({ plan: 'pro', seats: 3, signedUpAt: '2026-11-30T10:00:00Z', distinct_id: 'u1', $insert_id: 'x', time: 1 })).toBe(true);
    expect(validate({ plan: 'gold', seats: 0, signedUpAt: 'yesterday', extra: 1 })).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath || '/'} ${e.keyword}`).sort()).toEqual([
      '/ additionalProperties',
      '/plan enum',
      '/seats minimum',
      '/signedUpAt format',
    ]);
    expect(validate({ seats: 1 })).toBe(false);
    expect(validate.errors![0]!.keyword).toBe('required');
  });

  it('compiles each validator once', () => {
    expect(plan!.eventValidator('userSignsUp')).toBe(plan!.eventValidator('userSignsUp'));
    expect(plan!.eventValidator('nope')).toBeUndefined();
  });

  it('validates super and people properties', () => {
    expect(plan!.superPropertiesValidator()({ appVersion: '1.2.0', mp_lib: 'web' })).toBe(true);
    expect(plan!.superPropertiesValidator()({ appVersion: 120 })).toBe(false);
    expect(plan!.peopleValidator()({ $email: 'a@example.com', $name: 'reserved names are allowed' })).toBe(true);
    expect(plan!.peopleValidator()({ $email: 'not an email' })).toBe(false);
  });

  it('maps source files to products by their path globs, relative to the plan', () => {
    expect(plan!.productsForFile('apps/web/src/checkout.ts')).toEqual(['web']);
    expect(plan!.productsForFile(`${plan!.file.replace(/tracking-plan\.yaml$/, '')}apps/web/server/api.ts`)).toEqual(['web', 'backend']);
    expect(plan!.productsForFile('tools/script.ts')).toEqual([]);
  });

  it('is read-only', () => {
    expect(Object.isFrozen(plan)).toBe(true);
  });
});
