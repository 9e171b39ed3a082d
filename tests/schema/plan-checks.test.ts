import { describe, expect, it } from 'vitest';
import { lines, loadText } from '../helpers/load.js';

/**
 * Every kind of broken plan, each reported at the line and column where the mistake is written.
 * The plans are small but real: what a team would write, with one mistake each.
 */
const cases: { name: string; plan: string; expected: string }[] = [
  {
    name: 'unknown key, with a did-you-mean',
    plan: 'version: 1\nevents:\n  signUp:\n    eventName: Sign up\n    descripton: typo\n',
    expected: '5:5: error: unknown key `descripton` in events.signUp (did you mean `description`?)',
  },
  {
    name: 'unknown top-level section',
    plan: 'version: 1\nevent:\n  signUp: { eventName: Sign up }\n',
    expected: '2:1: error: unknown key `event` (did you mean `events`?)',
  },
  {
    name: 'missing eventName',
    plan: 'version: 1\nevents:\n  signUp:\n    description: A sign-up\n',
    expected: '4:5: error: events.signUp is missing `eventName`',
  },
  {
    name: 'wrong type of a plan field',
    plan: 'version: 1\nevents:\n  signUp:\n    eventName: Sign up\n    products: web\n',
    expected: '5:15: error: events.signUp.products must be an array',
  },
  {
    name: 'status outside its values',
    plan: 'version: 1\nevents:\n  signUp:\n    eventName: Sign up\n    status: deprecate\n',
    expected: '5:13: error: events.signUp.status must be one of: active, deprecated, retired (did you mean `deprecated`?)',
  },
  {
    name: 'the same eventName twice',
    plan: 'version: 1\nevents:\n  a: { eventName: Sign up }\n  b: { eventName: Sign up }\n',
    expected: '4:19: error: eventName `Sign up` is already used by `events.a` (line 3); an eventName identifies one event',
  },
  {
    name: 'two active eventNames equal but for case or separators',
    plan: 'version: 1\nevents:\n  a: { eventName: User signs up }\n  b: { eventName: User Signs Up }\n',
    expected:
      '4:19: error: eventName `User Signs Up` differs from `User signs up` (`events.a`) only in case or separators; keep one spelling, or mark the old one `status: deprecated` with `replacedBy`',
  },
  {
    name: 'an eventName that breaks the naming convention',
    plan: 'version: 1\nconventions: { eventName: Sentence case }\nevents:\n  a: { eventName: User Signs Up }\n',
    expected:
      '4:19: error: eventName `User Signs Up` is not Sentence case (conventions.eventName): write `User signs up`, or mark the event `status: deprecated` to keep an old spelling',
  },
  {
    name: 'a property name that breaks the naming convention',
    plan: 'version: 1\nconventions: { propertyName: camelCase }\nevents:\n  a:\n    eventName: Order completed\n    properties:\n      order_id: { type: string }\n',
    expected: '7:7: error: property `order_id` is not camelCase (conventions.propertyName): write `orderId`',
  },
  {
    name: 'replacedBy pointing at nothing',
    plan: 'version: 1\nevents:\n  old:\n    eventName: Signed up\n    status: deprecated\n    replacedBy: userSignUp\n  userSignsUp: { eventName: User signs up }\n',
    expected: '6:17: error: replacedBy `userSignUp` is not an event key (did you mean `userSignsUp`?)',
  },
  {
    name: 'an undeclared product on an event',
    plan: 'version: 1\nproducts:\n  web: {}\n  ios: {}\nevents:\n  a:\n    eventName: Sign up\n    products: [web, iso]\n',
    expected: '8:21: error: product `iso` is not declared under `products` (did you mean `ios`?)',
  },
  {
    name: 'an undeclared product on a people property',
    plan: 'version: 1\npeople:\n  usedApp: { type: boolean, owner: client, products: [ios] }\n',
    expected: '3:55: error: product `ios` is not declared under `products`; declare it under `products`',
  },
  {
    name: 'an unresolved $ref',
    plan: 'version: 1\n$defs:\n  plan: { type: string }\nevents:\n  a:\n    eventName: Sign up\n    properties:\n      plan: { $ref: "#/$defs/plann" }\n',
    expected: '8:21: error: unresolved `$ref: #/$defs/plann`: no `$defs.plann` (did you mean `plan`?)',
  },
  {
    name: 'a $ref outside the plan',
    plan: 'version: 1\nevents:\n  a:\n    eventName: Sign up\n    properties:\n      plan: { $ref: "other.yaml#/plan" }\n',
    expected: "6:21: error: `$ref: other.yaml#/plan` must point into this plan's $defs, as `#/$defs/<name>`",
  },
  {
    name: 'a circular $ref',
    plan: 'version: 1\n$defs:\n  a: { $ref: "#/$defs/b" }\n  b: { $ref: "#/$defs/a" }\n',
    expected: '4:14: error: circular `$ref`: `$defs.a` refers back to itself',
  },
  {
    name: 'a property type that is not a JSON type',
    plan: 'version: 1\nevents:\n  a:\n    eventName: Sign up\n    properties:\n      isTrial: { type: bool }\n',
    expected: '6:24: error: events.a.properties.isTrial.type: string, number, integer, boolean, object, array or null (or a list of them).',
  },
  {
    name: 'a pattern that is not a regular expression',
    plan: 'version: 1\nevents:\n  a:\n    eventName: Sign up\n    properties:\n      code: { type: string, pattern: "([A-Z" }\n',
    expected: '6:38: error: pattern is not a valid regular expression: /([A-Z/u: Unterminated character class',
  },
  {
    name: 'an unknown format',
    plan: 'version: 1\nevents:\n  a:\n    eventName: Sign up\n    properties:\n      at: { type: string, format: datetime }\n',
    expected: '6:35: error: unknown format `datetime` (did you mean `date-time`?)',
  },
  {
    name: 'an enum value of the wrong type',
    plan: 'version: 1\n$defs:\n  plan: { type: string, enum: [free, pro, 3] }\n',
    expected: '3:43: error: enum value 3 is not of type string',
  },
  {
    name: 'bounds no value can pass',
    plan: 'version: 1\nevents:\n  a:\n    eventName: Sign up\n    properties:\n      seats: { type: integer, minimum: 10, maximum: 1 }\n',
    expected: '6:40: error: minimum 10 is greater than maximum 1: no value can pass',
  },
  {
    name: '`required` naming an undefined property',
    plan: 'version: 1\nevents:\n  a:\n    eventName: Sign up\n    properties:\n      plan: { type: string }\n    required: [plna]\n',
    expected: '7:16: error: required property `plna` is not defined under `events.a.properties` (did you mean `plan`?)',
  },
  {
    name: 'a hand-made $ name',
    plan: 'version: 1\nevents:\n  a:\n    eventName: Sign up\n    properties:\n      $plan: { type: string }\n',
    expected:
      '6:7: error: `$plan` is not one of the reserved event properties of Mixpanel, PostHog, Segment, Amplitude, and `$`/`mp_` names are reserved for them',
  },
  {
    name: 'a hand-made mp_ people property',
    plan: 'version: 1\npeople:\n  mp_score: { type: number, owner: server }\n',
    expected:
      '3:3: error: `mp_score` is not one of the reserved profile properties of Mixpanel, PostHog, Segment, Amplitude, and `$`/`mp_` names are reserved for them',
  },
  {
    name: 'distinct_id defined as an event property',
    plan: 'version: 1\nevents:\n  a:\n    eventName: Sign up\n    properties:\n      distinct_id: { type: string }\n',
    expected: '6:7: error: `distinct_id` is set by the SDK on every event and cannot be defined as a property (calls may always send it)',
  },
  {
    name: 'time defined as a super property',
    plan: 'version: 1\nsuperProperties:\n  time: { type: number }\n',
    expected: '3:3: error: `time` is set by the SDK on every event and cannot be defined as a property (calls may always send it)',
  },
  {
    name: 'owner on an event property',
    plan: 'version: 1\nevents:\n  a:\n    eventName: Sign up\n    properties:\n      plan: { type: string, owner: server }\n',
    expected: '6:36: error: `owner` applies to people properties only',
  },
  {
    name: 'a people property without an owner',
    plan: 'version: 1\npeople:\n  plan: { type: string }\n',
    expected: '3:9: error: people.plan is missing `owner`',
  },
  {
    name: 'a newer plan format',
    plan: 'version: 2\nevents: {}\n',
    expected: '1:10: error: this plan uses format version 2, which needs a newer trackplan than',
  },
  {
    name: 'a missing version',
    plan: 'events: {}\n',
    expected: '1:1: error: the plan is missing `version`',
  },
];

describe('plan checks report each kind of mistake at its position', () => {
  it.each(cases)('$name', ({ plan, expected }) => {
    const result = loadText(plan);
    expect(result.valid).toBe(false);
    expect(lines(result).join('\n')).toContain(expected);
  });
});

describe('warnings for suspect drift', () => {
  it('warns (and stays valid) when one property is spelled two ways across events', () => {
    const result = loadText(
      [
        'version: 1',
        'events:',
        '  a: { eventName: Order completed, properties: { orderId: { type: string } } }',
        '  b: { eventName: Order refunded, properties: { orderId: { type: string } } }',
        '  c: { eventName: Order shipped, properties: { order_id: { type: string } } }',
      ].join('\n'),
    );
    expect(result.valid).toBe(true);
    expect(lines(result)).toEqual(['5:48: warning: property `order_id` (events.c) differs from `orderId` (events.a and 1 more) only in case or separators']);
  });

  it('does not compare people properties with event properties', () => {
    const result = loadText(
      'version: 1\nevents:\n  a: { eventName: Upgraded, properties: { planName: { type: string } } }\npeople:\n  plan_name: { type: string, owner: server }\n',
    );
    expect(result.diagnostics).toEqual([]);
  });
});

describe('each SDK’s own names', () => {
  it('PostHog, Segment and Amplitude names are as legal in a plan as Mixpanel’s, and exempt from the naming conventions', () => {
    const result = loadText(
      [
        'version: 1',
        'conventions: { eventName: Sentence case, propertyName: snake_case }',
        'events:',
        '  pageview: { eventName: $pageview, properties: { $current_url: { type: string }, $set: { type: object }, $survey_response: { type: string } } }',
        '  identify: { eventName: $identify }',
        '  signup: { eventName: Signed up, properties: { revenue: { type: number }, $insert_id: { type: string } } }',
        'people:',
        '  $email: { type: string, owner: server }',
        '  firstName: { type: string, owner: client }',
        '  $initial_referrer: { type: string, owner: client }',
      ].join('\n'),
    );
    expect(lines(result)).toEqual([]);
  });

  it('a `$` name no SDK reserves is still an error', () => {
    const result = loadText('version: 1\nevents:\n  a: { eventName: $my_event }\n');
    expect(lines(result)).toEqual([
      '3:19: error: event `$my_event` is not one of the reserved events of Mixpanel, PostHog, Segment, Amplitude, and `$`/`mp_` names are reserved for them',
    ]);
  });
});

describe('one error per problem', () => {
  it('a mistyped JSON Schema type is one error, with its did-you-mean', () => {
    const result = loadText('version: 1\nevents:\n  a:\n    eventName: A\n    properties:\n      p: { type: strin }\n');
    expect(lines(result)).toEqual([
      '6:18: error: events.a.properties.p.type must be one of: string, number, integer, boolean, object, array, null (did you mean `string`?)',
    ]);
  });

  it('a misspelt required key is one error (the unknown key with its fix), not also "missing"', () => {
    const result = loadText('version: 1\nevents:\n  b: { eventNme: B }\n');
    expect(lines(result)).toEqual(['3:8: error: unknown key `eventNme` in events.b (did you mean `eventName`?)']);
  });

  it('the naming fix agrees with the drift warning: `order_id` beside `orderId` becomes `orderId`, whatever the acronyms', () => {
    const result = loadText(
      'version: 1\nconventions: { propertyName: camelCase, acronyms: [ID] }\nevents:\n  a: { eventName: A, properties: { orderId: { type: string } } }\n  b: { eventName: B, properties: { order_id: { type: string } } }\n',
    );
    expect(lines(result)).toEqual([
      '5:36: warning: property `order_id` (events.b) differs from `orderId` (events.a) only in case or separators',
      '5:36: error: property `order_id` is not camelCase (conventions.propertyName): write `orderId`',
    ]);
  });
});

describe('reporting', () => {
  it('reports every problem at once, in line order', () => {
    const result = loadText(
      'version: 1\nconventions: { eventName: Sentence case }\nevents:\n  a: { eventName: Sign Up, replacedBy: nothing }\n  b: { eventName: Log In, products: [web] }\n',
    );
    expect(lines(result)).toEqual([
      '4:19: error: eventName `Sign Up` is not Sentence case (conventions.eventName): write `Sign up`, or mark the event `status: deprecated` to keep an old spelling',
      '4:40: error: replacedBy `nothing` is not an event key',
      '5:19: error: eventName `Log In` is not Sentence case (conventions.eventName): write `Log in`, or mark the event `status: deprecated` to keep an old spelling',
      '5:38: error: product `web` is not declared under `products`; declare it under `products`',
    ]);
  });
});
