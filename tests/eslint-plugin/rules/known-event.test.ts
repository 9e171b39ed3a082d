import rule from '../../../eslint-plugin/src/rules/known-event.js';
import { file, ruleTester } from '../../helpers/rule-tester.js';

const web = file('src/web/signup.ts');

ruleTester.run('known-event', rule, {
  valid: [
    {
      name: 'mixpanel-browser default import, planned event',
      filename: web,
      code: `import mixpanel from 'mixpanel-browser';\nmixpanel.track('User signs up', { plan: 'pro' });`,
    },
    {
      name: 'a deprecated event is no-deprecated-event’s to report',
      filename: web,
      code: `import mixpanel from 'mixpanel-browser';\nmixpanel.track('User Signs Up');`,
    },
    {
      name: 'a local object with a track method is not an SDK',
      filename: web,
      code: `const tracker = { track(name: string) {} };\ntracker.track('Anything at all');`,
    },
    { name: 'a local function named track', filename: web, code: `function track(name: string) {}\ntrack('Anything at all');` },
    { name: 'an unrelated analytics variable', filename: web, code: `const analytics = getAnalytics();\nanalytics.track('Anything at all');` },
    {
      name: 'a class with track and identify members',
      filename: web,
      code: `class Metrics { track(e: string) {} identify(id: string) {} }\nnew Metrics().track('Anything');`,
    },
    {
      name: 'a parameter typed with a same-named type from elsewhere is not an SDK',
      filename: web,
      code: `import type { PostHog } from './my-types';\nexport function f(posthog: PostHog) { posthog.capture({ event: 'Anything' }); }`,
    },
    {
      name: 'a shadowed import',
      filename: web,
      code: `import mixpanel from 'mixpanel-browser';\nfunction f(mixpanel: { track(e: string): void }) { mixpanel.track('Anything'); }`,
    },
    {
      name: 'a dynamic name is skipped, never guessed',
      filename: web,
      code: `import mixpanel from 'mixpanel-browser';\nexport function f(name: string) { mixpanel.track(name); }`,
    },
    {
      name: 'a tracker from the right module',
      filename: web,
      code: `import { trackEvent } from './analytics';\ntrackEvent('Order completed', { orderId: 'o1', revenue: 1 });`,
    },
    {
      name: 'a same-named function from elsewhere is not the tracker',
      filename: web,
      code: `import { trackEvent } from 'some-other-lib';\ntrackEvent('Not planned');`,
    },
    {
      name: 'files in code.ignore are not checked',
      filename: file('src/web/Button.stories.tsx'),
      code: `import mixpanel from 'mixpanel-browser';\nmixpanel.track('Story event');`,
    },
    {
      name: 'node mixpanel instance',
      filename: file('src/server/orders.ts'),
      code: `import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('token');\nmp.track('Order completed', { distinct_id: 'u1', orderId: 'o1', revenue: 3 });`,
    },
    {
      name: 'constants object imported from the project',
      filename: file('src/web/a.ts'),
      code: `import mixpanel from 'mixpanel-browser';\nimport { AUTH } from '../constants/events';\nmixpanel.track(AUTH.SIGN_UP, { plan: 'free' });`,
    },
    {
      name: 'no plan, but no tracking call either: nothing to say',
      filename: '/trackplan-no-plan-here/src/util.ts',
      code: `export const add = (a: number, b: number) => a + b;\nconsole.log(add(1, 2));`,
    },
  ],
  invalid: [
    {
      name: 'posthog-js/react: the client from usePostHog()',
      filename: web,
      code: `import { usePostHog } from 'posthog-js/react';\nexport function Button() {\n  const posthog = usePostHog();\n  return () => posthog.capture('Order complete');\n}`,
      errors: [{ messageId: 'unknownEvent', line: 4, column: 32, data: { name: 'Order complete', hint: ' Did you mean `Order completed`?' } }],
    },
    {
      name: 'an SDK client that arrives as a parameter annotated with the SDK’s type',
      filename: file('src/server/jobs.ts'),
      code: [
        `import type { PostHog } from 'posthog-node';`,
        `import type { Mixpanel } from 'mixpanel-browser';`,
        `export function report(posthog: PostHog, mixpanel: Mixpanel) {`,
        `  posthog.capture({ distinctId: 'u1', event: 'Order complete' });`,
        `  mixpanel.track('Order complete');`,
        `}`,
      ].join('\n'),
      errors: [
        { messageId: 'unknownEvent', line: 4, column: 46, data: { name: 'Order complete', hint: ' Did you mean `Order completed`?' } },
        { messageId: 'unknownEvent', line: 5, column: 18, data: { name: 'Order complete', hint: ' Did you mean `Order completed`?' } },
      ],
    },
    {
      name: 'no plan anywhere above the file: said once, at the top, in a file that tracks',
      filename: '/trackplan-no-plan-here/src/a.ts',
      code: `import mixpanel from 'mixpanel-browser';\nmixpanel.track('A');\nmixpanel.track('B');`,
      errors: [
        {
          messageId: 'planProblem',
          line: 1,
          column: 1,
          data: { problem: 'no tracking-plan.yaml, .yml or .json found at or above /trackplan-no-plan-here/src; add one, or set settings.trackplan.plan' },
        },
      ],
    },
    {
      name: 'unknown event, named instance of mixpanel-browser',
      filename: web,
      code: `import mixpanel from 'mixpanel-browser';\nconst other = mixpanel.init('t', {}, 'other');\nother.track('Searched products');`,
      errors: [{ messageId: 'unknownEvent', line: 3, column: 13, data: { name: 'Searched products', hint: '' } }],
    },
    {
      name: 'casing differs: suggests the plan’s spelling',
      filename: web,
      code: `import * as mixpanel from 'mixpanel-browser';\nmixpanel.track("user_signs_up", { plan: 'pro' });`,
      errors: [
        {
          messageId: 'unknownEvent',
          line: 2,
          column: 16,
          data: { name: 'user_signs_up', hint: ' Did you mean `User signs up`?' },
          suggestions: [
            {
              messageId: 'useName',
              data: { name: 'User signs up' },
              output: `import * as mixpanel from 'mixpanel-browser';\nmixpanel.track("User signs up", { plan: 'pro' });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a typo: closest names, no suggestion',
      filename: web,
      code: `import mixpanel from 'mixpanel-browser';\nmixpanel.track('Order complete');`,
      errors: [{ messageId: 'unknownEvent', data: { name: 'Order complete', hint: ' Did you mean `Order completed`?' }, suggestions: [] }],
    },
    {
      name: 'a retired event names its replacement',
      filename: web,
      code: `import mixpanel from 'mixpanel-browser';\nmixpanel.track('Wishlist shared');`,
      errors: [
        {
          messageId: 'retiredEvent',
          line: 2,
          column: 16,
          data: { name: 'Wishlist shared', reason: ' (The wishlist was removed)', replacement: ' Send `Order completed` instead.' },
        },
      ],
    },
    {
      name: 'constant from an enum in another module (re-exported)',
      filename: file('src/web/b.ts'),
      code: `import mixpanel from 'mixpanel-browser';\nimport { ShopEvent } from '../constants';\nmixpanel.track(ShopEvent.Unknown);`,
      errors: [{ messageId: 'unknownEvent', line: 3, column: 16, data: { name: 'Order complete', hint: ' Did you mean `Order completed`?' } }],
    },
    {
      name: 'nested constants, both branches of a condition checked',
      filename: file('src/web/c.ts'),
      code: `import mixpanel from 'mixpanel-browser';\nimport { EVENTS, AUTH_EVENTS } from '../constants';\nexport const f = (ok: boolean) => mixpanel.track(ok ? EVENTS.SHOP.ORDER : AUTH_EVENTS.TYPO);`,
      errors: [{ messageId: 'unknownEvent', line: 3, column: 50, data: { name: 'User sign up', hint: ' Did you mean `User signs up`?' } }],
    },
    {
      name: 'local const and TS enum in the same file',
      filename: web,
      code: `import mixpanel from 'mixpanel-browser';\nenum E { A = 'Nope' }\nconst NAME = \`\${E.A} event\`;\nmixpanel.track(NAME);`,
      errors: [{ messageId: 'unknownEvent', line: 4, column: 16, data: { name: 'Nope event', hint: '' } }],
    },
    {
      name: 'mixpanel-react-native instance and time event',
      filename: file('src/mobile/screen.tsx'),
      code: `import { Mixpanel } from 'mixpanel-react-native';\nconst mp = new Mixpanel('t', false);\nmp.timeEvent('Checkout opened');`,
      errors: [{ messageId: 'unknownEvent', line: 3, column: 14 }],
    },
    {
      name: 'segment, posthog, amplitude and rudderstack',
      filename: web,
      code: [
        `import { AnalyticsBrowser } from '@segment/analytics-next';`,
        `import posthog from 'posthog-js';`,
        `import * as amplitude from '@amplitude/analytics-browser';`,
        `import { track } from '@amplitude/analytics-browser';`,
        `import { RudderAnalytics } from '@rudderstack/analytics-js';`,
        `const segment = AnalyticsBrowser.load({ writeKey: 'k' });`,
        `const rudder = new RudderAnalytics();`,
        `segment.track('Segment event');`,
        `posthog.capture('Posthog event');`,
        `amplitude.track('Amplitude event');`,
        `track('Amplitude named');`,
        `rudder.track('Rudder event');`,
      ].join('\n'),
      errors: [
        { messageId: 'unknownEvent', line: 8 },
        { messageId: 'unknownEvent', line: 9 },
        { messageId: 'unknownEvent', line: 10 },
        { messageId: 'unknownEvent', line: 11 },
        { messageId: 'unknownEvent', line: 12 },
      ],
    },
    {
      name: 'server SDKs in object form',
      filename: file('src/server/a.ts'),
      code: `import { Analytics } from '@segment/analytics-node';\nimport { PostHog } from 'posthog-node';\nconst a = new Analytics({ writeKey: 'k' });\nconst p = new PostHog('k');\na.track({ userId: 'u', event: 'Node segment' });\np.capture({ distinctId: 'u', event: 'Node posthog' });`,
      errors: [
        { messageId: 'unknownEvent', line: 5, column: 31 },
        { messageId: 'unknownEvent', line: 6, column: 37 },
      ],
    },
    {
      name: 'wrappers: a hook-returned tracker and a server wrapper with the event second',
      filename: file('src/server/b.ts'),
      code: `import { useAnalytics } from '../hooks';\nimport { serverCapture } from './lib';\nconst analytics = useAnalytics();\nanalytics.capture('Hook event');\nserverCapture('u1', 'Server event', {});`,
      errors: [
        { messageId: 'unknownEvent', line: 4, column: 19 },
        { messageId: 'unknownEvent', line: 5, column: 21 },
      ],
    },
    {
      name: 'an SDK instance set up in a project module and imported (named and default)',
      filename: file('src/mobile/screens/Product.tsx'),
      code: `import { mixpanel } from '../analytics';\nimport mp from '../analytics.ts';\nmixpanel.track('Product Viewed');\nmp.track('Also unknown');`,
      errors: [
        { messageId: 'unknownEvent', line: 3, column: 16 },
        { messageId: 'unknownEvent', line: 4, column: 10 },
      ],
    },
    {
      name: 'CommonJS require of node mixpanel',
      filename: file('src/server/c.js'),
      code: `const Mixpanel = require('mixpanel');\nconst mixpanel = Mixpanel.init('t');\nmixpanel.track('Required event', {});`,
      errors: [{ messageId: 'unknownEvent', line: 3, column: 16 }],
    },
  ],
});
