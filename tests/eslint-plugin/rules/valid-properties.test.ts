import rule from '../../../eslint-plugin/src/rules/valid-properties.js';
import { file, ruleTester } from '../../helpers/rule-tester.js';

const web = file('src/web/signup.ts');
const server = file('src/server/orders.ts');
const browser = `import mixpanel from 'mixpanel-browser';\n`;
const multiSdk = [
  `import { Analytics } from '@segment/analytics-node';`,
  `import { PostHog } from 'posthog-node';`,
  `import posthog from 'posthog-js';`,
  `import { track } from '@amplitude/analytics-browser';`,
  `import { RudderAnalytics } from '@rudderstack/analytics-js';`,
  `new Analytics({ writeKey: 'k' }).track({ userId: 'u', event: 'Order completed', properties: { orderId: 'o', revenue: '5' } });`,
  `new PostHog('k').capture({ distinctId: 'u', event: 'Order completed', properties: { orderId: 7, revenue: 1 } });`,
  `posthog.capture('User signs up', { plan: 'gold' });`,
  `track('User signs up', { plan: 'pro', seats: 0 });`,
  `new RudderAnalytics().track('User signs up', { plan: 'pro', isTrial: 'false' });`,
].join('\n');

ruleTester.run('valid-properties', rule, {
  valid: [
    {
      name: 'PostHog’s own properties in PostHog calls ($set, $groups, $current_url), and $set checked against the people',
      filename: web,
      code: `import posthog from 'posthog-js';\nposthog.capture('User signs up', { plan: 'pro', $set: { theme: 'dark' }, $set_once: { loginCount: 1 }, $groups: { company: 'c' }, $current_url: '/x' });`,
    },
    {
      name: 'Segment’s reserved track properties in Segment calls',
      filename: web,
      code: `import { AnalyticsBrowser } from '@segment/analytics-next';\nAnalyticsBrowser.load({ writeKey: 'k' }).track('Order completed', { orderId: 'o', revenue: 3, currency: 'EUR' });`,
    },
    {
      name: 'every property planned and well typed',
      filename: web,
      code: `${browser}mixpanel.track('User signs up', { plan: 'pro', isTrial: true, seats: 3, signedUpAt: new Date() });`,
    },
    {
      name: 'a Date is a date-time string; undefined is absent',
      filename: web,
      code: `${browser}mixpanel.track('User signs up', { plan: 'free', signedUpAt: new Date(), referrer: undefined });`,
    },
    {
      name: 'Mixpanel reserved properties are always allowed',
      filename: server,
      code: `import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('t');\nmp.track('Order completed', { distinct_id: 'u', time: 1, $insert_id: 'x', ip: '1.2.3.4', orderId: 'o', revenue: 1 });`,
    },
    {
      name: 'a spread may supply required properties: never guessed',
      filename: web,
      code: `${browser}export const f = (base: object) => mixpanel.track('User signs up', { ...base, isTrial: false });`,
    },
    {
      name: 'values known only at run time are not judged',
      filename: web,
      code: `${browser}export const f = (p: any, n: any) => mixpanel.track('User signs up', { plan: p, seats: n });`,
    },
    { name: 'unknown events are known-event’s to report', filename: web, code: `${browser}mixpanel.track('Not planned', { anything: 1 });` },
    { name: 'an event that allows additional properties', filename: web, code: `${browser}mixpanel.track('Page viewed', { path: '/x' });` },
    {
      name: 'super properties',
      filename: web,
      code: `${browser}mixpanel.register({ appVersion: '1.2.3', platform: 'web' });\nmixpanel.register_once({ appVersion: '1.0.0' }, 'None', 30);`,
    },
    {
      name: 'people set, increment, unset',
      filename: web,
      code: `${browser}mixpanel.people.set({ theme: 'dark' });\nmixpanel.people.increment('loginCount', 1);\nmixpanel.people.unset('theme');`,
    },
    {
      name: 'a const object passed by name',
      filename: web,
      code: `${browser}const props = { plan: 'pro' } as const;\nmixpanel.track('User signs up', props);`,
    },
    {
      name: 'a template literal for a string property',
      filename: web,
      code: `${browser}export const f = (id: string) => mixpanel.track('Order completed', { orderId: \`o-\${id}\`, revenue: 2 });`,
    },
  ],
  invalid: [
    {
      name: 'a flat object wrapper ({ event, ...properties }): its other keys are the event’s properties',
      filename: web,
      settings: { trackplan: { trackers: [{ callee: 'trackAnalytics', object: true }] } },
      code: `declare function trackAnalytics(payload: object): void;\ntrackAnalytics({ event: 'User signs up', plan: 'gold', colour: 'red' });`,
      errors: [
        {
          messageId: 'invalidValue',
          line: 2,
          column: 48,
          data: { message: '`plan` must be one of "free", "pro", "enterprise", not "gold"', target: 'event `User signs up`' },
        },
        { messageId: 'unknownProperty', line: 2, column: 56, data: { name: 'colour', target: 'event `User signs up`', hint: '' } },
      ],
    },
    {
      name: 'an object wrapper whose keys the plan names: `event: name, properties: data`',
      filename: web,
      settings: { trackplan: { trackers: [{ callee: 'logEvent', object: true, event: 'name', properties: 'data' }] } },
      code: `declare function logEvent(payload: object): void;\nlogEvent({ name: 'User signs up', data: { plan: 'gold' } });`,
      errors: [
        {
          messageId: 'invalidValue',
          line: 2,
          column: 49,
          data: { message: '`plan` must be one of "free", "pro", "enterprise", not "gold"', target: 'event `User signs up`' },
        },
      ],
    },
    {
      name: 'a PostHog name in a Mixpanel call is not Mixpanel’s, and PostHog’s $set values are checked as people writes',
      filename: web,
      code: `import posthog from 'posthog-js';\n${browser}mixpanel.track('User signs up', { plan: 'pro', $set: { theme: 'dark' } });\nposthog.capture('User signs up', { plan: 'pro', $set: { theme: 'sepia', shoeSize: 9 } });`,
      errors: [
        { messageId: 'unknownProperty', line: 3, column: 48, data: { name: '$set', target: 'event `User signs up`', hint: '' } },
        {
          messageId: 'invalidValue',
          line: 4,
          column: 64,
          data: { message: '`theme` must be one of "light", "dark", not "sepia"', target: 'the people properties' },
        },
        { messageId: 'unknownProperty', line: 4, column: 73, data: { name: 'shoeSize', target: 'the people properties', hint: '' } },
      ],
    },
    {
      name: "'true' sent for a boolean, with a suggestion to write true",
      filename: web,
      code: `${browser}mixpanel.track('User signs up', { plan: 'pro', isTrial: 'true' });`,
      errors: [
        {
          messageId: 'invalidValue',
          line: 2,
          column: 57,
          data: { message: '`isTrial` must be a boolean, not the string "true"', target: 'event `User signs up`' },
          suggestions: [
            { messageId: 'replaceValue', data: { value: 'true' }, output: `${browser}mixpanel.track('User signs up', { plan: 'pro', isTrial: true });` },
          ],
        },
      ],
    },
    {
      name: "'2' for an integer, 2.5 for an integer",
      filename: web,
      code: `${browser}mixpanel.track('User signs up', { plan: 'pro', seats: '2' });\nmixpanel.track('User signs up', { plan: 'pro', seats: 2.5 });`,
      errors: [
        {
          messageId: 'invalidValue',
          line: 2,
          data: { message: '`seats` must be an integer, not the string "2"', target: 'event `User signs up`' },
          suggestions: [
            {
              messageId: 'replaceValue',
              data: { value: '2' },
              output: `${browser}mixpanel.track('User signs up', { plan: 'pro', seats: 2 });\nmixpanel.track('User signs up', { plan: 'pro', seats: 2.5 });`,
            },
          ],
        },
        {
          messageId: 'invalidValue',
          line: 3,
          data: { message: '`seats` must be an integer, not number 2.5', target: 'event `User signs up`' },
          suggestions: [],
        },
      ],
    },
    {
      name: 'a value outside the enum, cased differently: suggests the planned value',
      filename: web,
      code: `${browser}mixpanel.track('User signs up', { plan: 'Pro' });`,
      errors: [
        {
          messageId: 'invalidValue',
          data: { message: '`plan` must be one of "free", "pro", "enterprise", not "Pro"', target: 'event `User signs up`' },
          suggestions: [{ messageId: 'replaceValue', data: { value: '"pro"' }, output: `${browser}mixpanel.track('User signs up', { plan: "pro" });` }],
        },
      ],
    },
    {
      name: 'minimum, maxLength, pattern, format',
      filename: web,
      code: `${browser}mixpanel.track('User signs up', { plan: 'free', seats: 0, referrer: 'a-very-long-referrer-name', signedUpAt: 'yesterday' });\nmixpanel.track('Order completed', { orderId: 'o', revenue: 1, currency: 'eur' });`,
      errors: [
        { messageId: 'invalidValue', line: 2, column: 56, data: { message: '`seats` must be >= 1 (got 0)', target: 'event `User signs up`' } },
        {
          messageId: 'invalidValue',
          line: 2,
          column: 69,
          data: { message: '`referrer` must NOT have more than 20 characters (got "a-very-long-referrer-name")', target: 'event `User signs up`' },
        },
        {
          messageId: 'invalidValue',
          line: 2,
          column: 110,
          data: { message: '`signedUpAt` must match format "date-time" (got "yesterday")', target: 'event `User signs up`' },
        },
        {
          messageId: 'invalidValue',
          line: 3,
          column: 73,
          data: { message: '`currency` must match pattern "^[A-Z]{3}$" (got "eur")', target: 'event `Order completed`' },
        },
      ],
    },
    {
      name: 'unknown key with did-you-mean: order_id → orderId',
      filename: server,
      code: `import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('t');\nmp.track('Order completed', { order_id: 'o1', orderId: 'o1', revenue: 1 });`,
      errors: [
        {
          messageId: 'unknownProperty',
          line: 3,
          column: 31,
          data: { name: 'order_id', target: 'event `Order completed`', hint: ' The plan spells it `orderId`.' },
          suggestions: [
            {
              messageId: 'renameKey',
              data: { name: 'orderId' },
              output: `import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('t');\nmp.track('Order completed', { orderId: 'o1', orderId: 'o1', revenue: 1 });`,
            },
          ],
        },
      ],
    },
    {
      name: 'missing required properties, and no properties at all',
      filename: web,
      code: `${browser}mixpanel.track('Order completed', { orderId: 'o1' });\nmixpanel.track('User signs up');`,
      errors: [
        { messageId: 'missingProperty', line: 2, column: 35, data: { target: 'Event `Order completed`', names: '`revenue`' } },
        { messageId: 'missingProperty', line: 3, column: 16, data: { target: 'Event `User signs up`', names: '`plan`' } },
      ],
    },
    {
      name: 'a string template for a number',
      filename: web,
      code: `${browser}export const f = (n: number) => mixpanel.track('Order completed', { orderId: 'o', revenue: \`\${n}\` });`,
      errors: [{ messageId: 'invalidValue', data: { message: '`revenue` must be a number, not a string', target: 'event `Order completed`' } }],
    },
    {
      name: 'super properties: unknown key and a value outside the enum (React Native)',
      filename: file('src/mobile/app.ts'),
      code: `import { Mixpanel } from 'mixpanel-react-native';\nconst mp = new Mixpanel('t', true);\nmp.registerSuperProperties({ appVersion: 2, platform: 'iOS', build: 7 });`,
      errors: [
        { messageId: 'invalidValue', line: 3, column: 42, data: { message: '`appVersion` must be a string, not number 2', target: 'the super properties' } },
        {
          messageId: 'invalidValue',
          line: 3,
          column: 55,
          data: { message: '`platform` must be one of "web", "ios", "android", not "iOS"', target: 'the super properties' },
          suggestions: [
            {
              messageId: 'replaceValue',
              data: { value: '"ios"' },
              output: `import { Mixpanel } from 'mixpanel-react-native';\nconst mp = new Mixpanel('t', true);\nmp.registerSuperProperties({ appVersion: 2, platform: "ios", build: 7 });`,
            },
          ],
        },
        { messageId: 'unknownProperty', line: 3, column: 62, data: { name: 'build', target: 'the super properties', hint: '' } },
      ],
    },
    {
      name: 'people: browser object form, (name, value) form, RN getPeople(), node with a distinct id',
      filename: web,
      code: [
        browser.trim(),
        `import { Mixpanel } from 'mixpanel-react-native';`,
        `import MixpanelNode from 'mixpanel';`,
        `mixpanel.people.set({ theme: 'blue' });`,
        `mixpanel.people.set('loginCount', 'many');`,
        `new Mixpanel('t', true).getPeople().set('favouriteColour', 'red');`,
        `MixpanelNode.init('t').people.set('u1', { theme: 'dark', loginCount: 'x' });`,
      ].join('\n'),
      errors: [
        { messageId: 'invalidValue', line: 4, data: { message: '`theme` must be one of "light", "dark", not "blue"', target: 'the people properties' } },
        { messageId: 'invalidValue', line: 5, data: { message: '`loginCount` must be an integer, not the string "many"', target: 'the people properties' } },
        { messageId: 'unknownProperty', line: 6, data: { name: 'favouriteColour', target: 'the people properties', hint: '' } },
        { messageId: 'invalidValue', line: 7, data: { message: '`loginCount` must be an integer, not the string "x"', target: 'the people properties' } },
      ],
    },
    {
      name: 'people: increment of a string property, unset of an unknown name',
      filename: web,
      code: `${browser}mixpanel.people.increment('theme', 1);\nmixpanel.people.unset(['theme', 'colour']);`,
      errors: [
        { messageId: 'invalidValue', line: 2, data: { message: '`theme` must be a string, not number 1', target: 'the people properties' } },
        { messageId: 'unknownProperty', line: 3, column: 33, data: { name: 'colour', target: 'the people properties', hint: '' } },
      ],
    },
    {
      name: 'Segment, PostHog, Amplitude and RudderStack properties, positional and object forms',
      filename: file('src/server/multi.ts'),
      code: multiSdk,
      errors: [
        {
          messageId: 'invalidValue',
          line: 6,
          data: { message: '`revenue` must be a number, not the string "5"', target: 'event `Order completed`' },
          suggestions: [{ messageId: 'replaceValue', data: { value: '5' }, output: multiSdk.replace("revenue: '5'", 'revenue: 5') }],
        },
        { messageId: 'invalidValue', line: 7, data: { message: '`orderId` must be a string, not number 7', target: 'event `Order completed`' } },
        {
          messageId: 'invalidValue',
          line: 8,
          data: { message: '`plan` must be one of "free", "pro", "enterprise", not "gold"', target: 'event `User signs up`' },
        },
        { messageId: 'invalidValue', line: 9, data: { message: '`seats` must be >= 1 (got 0)', target: 'event `User signs up`' } },
        {
          messageId: 'invalidValue',
          line: 10,
          data: { message: '`isTrial` must be a boolean, not the string "false"', target: 'event `User signs up`' },
          suggestions: [{ messageId: 'replaceValue', data: { value: 'false' }, output: multiSdk.replace("isTrial: 'false'", 'isTrial: false') }],
        },
      ],
    },
    {
      name: 'a wrapper from code.trackers, properties in the third argument',
      filename: server,
      code: `import { serverCapture } from './lib';\nserverCapture('u1', 'Order completed', { orderId: 'o', revenue: -1 });`,
      errors: [{ messageId: 'invalidValue', line: 2, data: { message: '`revenue` must be >= 0 (got -1)', target: 'event `Order completed`' } }],
    },
  ],
});
