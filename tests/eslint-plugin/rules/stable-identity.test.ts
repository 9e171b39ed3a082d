import rule from '../../../eslint-plugin/src/rules/stable-identity.js';
import { file, ruleTester } from '../../helpers/rule-tester.js';

const web = file('src/web/login.ts');
const browser = `import mixpanel from 'mixpanel-browser';\n`;
const node = `import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('t');\n`;

ruleTester.run('stable-identity', rule, {
  valid: [
    {
      name: 'userId, user.id, uuid',
      filename: web,
      code: `${browser}declare const user: { id: string; uuid: string };\ndeclare const userId: string;\nmixpanel.identify(userId);\nmixpanel.identify(user.id);\nmixpanel.alias(user.uuid);`,
    },
    {
      name: 'server track with a stable distinct_id',
      filename: file('src/server/a.ts'),
      code: `${node}export const f = (user: { id: string }) => mp.track('Order completed', { distinct_id: user.id, orderId: 'o', revenue: 1 });`,
    },
    {
      name: 'an allowed id expression',
      filename: web,
      options: [{ allowedIds: ['account.login'] }],
      code: `${browser}declare const account: { login: string };\nmixpanel.identify(account.login);`,
    },
    { name: 'a local identify function', filename: web, code: `const identify = (x: string) => x;\nidentify('someone@example.com');` },
  ],
  invalid: [
    {
      name: 'identify with an email (browser), alias with a phone, via a constant',
      filename: web,
      code: `${browser}declare const user: { email: string; phoneNumber: string };\nmixpanel.identify(user.email);\nconst id = user.phoneNumber.trim();\nmixpanel.alias(id);`,
      errors: [
        { messageId: 'mutableIdentity', line: 3, column: 19, data: { what: 'This identify call', value: '`email`', vendor: 'Mixpanel' } },
        { messageId: 'mutableIdentity', line: 5, column: 16, data: { what: 'This alias call', value: '`phoneNumber`', vendor: 'Mixpanel' } },
      ],
    },
    {
      name: 'an email literal, a template, a destructured email',
      filename: web,
      code: `${browser}declare const u: { email: string };\nmixpanel.identify('ann@example.com');\nmixpanel.identify(\`user-\${u.email}\`);\nconst { email: login } = u;\nmixpanel.identify(login);`,
      errors: [
        { messageId: 'mutableIdentity', line: 3, data: { what: 'This identify call', value: 'an email address', vendor: 'Mixpanel' } },
        { messageId: 'mutableIdentity', line: 4, data: { what: 'This identify call', value: '`email`', vendor: 'Mixpanel' } },
        { messageId: 'mutableIdentity', line: 6, data: { what: 'This identify call', value: '`login`', vendor: 'Mixpanel' } },
      ],
    },
    {
      name: 'node: distinct_id in track, first argument of people.*',
      filename: file('src/server/b.ts'),
      code: `${node}declare const customer: { emailAddress: string };\nmp.track('Order completed', { distinct_id: customer.emailAddress, orderId: 'o', revenue: 1 });\nmp.people.set(customer.emailAddress, { plan: 'pro' }, { $ip: 0, $ignore_time: true });`,
      errors: [
        { messageId: 'mutableIdentity', line: 4, column: 44, data: { what: 'This event’s `distinct_id`', value: '`emailAddress`', vendor: 'Mixpanel' } },
        { messageId: 'mutableIdentity', line: 5, column: 15, data: { what: 'This call', value: '`emailAddress`', vendor: 'Mixpanel' } },
      ],
    },
    {
      name: 'Segment, PostHog, Amplitude identify; a wrapper’s distinctId position',
      filename: file('src/server/c.ts'),
      code: [
        `import { AnalyticsBrowser } from '@segment/analytics-next';`,
        `import posthog from 'posthog-js';`,
        `import { setUserId } from '@amplitude/analytics-browser';`,
        `import { serverCapture } from './lib';`,
        `declare const user: { email: string; username: string };`,
        `AnalyticsBrowser.load({ writeKey: 'k' }).identify(user.email);`,
        `posthog.identify(user.username);`,
        `setUserId(user.email);`,
        `serverCapture(user.email, 'Order completed', {});`,
      ].join('\n'),
      errors: [
        // Each message names the vendor of the call; a wrapper's is not known.
        { messageId: 'mutableIdentity', line: 6, data: { what: 'This identify call', value: '`email`', vendor: 'Segment' } },
        { messageId: 'mutableIdentity', line: 7, data: { what: 'This identify call', value: '`username`', vendor: 'PostHog' } },
        { messageId: 'mutableIdentity', line: 8, data: { what: 'This identify call', value: '`email`', vendor: 'Amplitude' } },
        { messageId: 'mutableIdentity', line: 9, data: { what: 'This call', value: '`email`', vendor: 'the analytics tool' } },
      ],
    },
    {
      name: 'configurable mutable names',
      filename: web,
      options: [{ mutableNames: ['handle'] }],
      code: `${browser}declare const u: { twitterHandle: string };\nmixpanel.identify(u.twitterHandle);`,
      errors: [{ messageId: 'mutableIdentity', data: { what: 'This identify call', value: '`twitterHandle`', vendor: 'Mixpanel' } }],
    },
  ],
});
