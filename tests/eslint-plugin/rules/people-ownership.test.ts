import rule from '../../../eslint-plugin/src/rules/people-ownership.js';
import { file, ruleTester } from '../../helpers/rule-tester.js';

const web = file('src/web/profile.ts');
const browser = `import mixpanel from 'mixpanel-browser';\n`;

ruleTester.run('people-ownership', rule, {
  valid: [
    {
      name: 'a client-owned property from the client',
      filename: web,
      code: `${browser}mixpanel.people.set({ theme: 'dark' });\nmixpanel.people.increment('loginCount');`,
    },
    {
      name: 'a server-owned property from the server (node mixpanel)',
      filename: file('src/server/sync.ts'),
      code: `import Mixpanel from 'mixpanel';\nMixpanel.init('t').people.set('u1', { plan: 'pro', $email: 'a@b.co' }, { $ip: 0, $ignore_time: true });`,
    },
    {
      name: 'a product-scoped property from its product',
      filename: file('src/mobile/a.ts'),
      code: `import { Mixpanel } from 'mixpanel-react-native';\nnew Mixpanel('t', true).getPeople().set('usedMobileApp', true);`,
    },
    {
      name: 'an object with a people member that is not an SDK',
      filename: web,
      code: `const crm = { people: { set(p: object) {} } };\ncrm.people.set({ plan: 'pro' });`,
    },
    {
      name: 'a wrapper declared server-side',
      filename: web,
      settings: { trackplan: { trackers: [{ callee: 'syncProfile', kind: 'people', properties: 1, side: 'server' }] } },
      code: `syncProfile('u1', { plan: 'pro' });`,
    },
  ],
  invalid: [
    {
      name: 'PostHog `$set` inside a browser capture writes a server-owned person property',
      filename: web,
      code: `import posthog from 'posthog-js';\nposthog.capture('User signs up', { plan: 'pro', $set: { plan: 'pro' }, $set_once: { $email: 'a@b.co' } });`,
      errors: [
        { messageId: 'serverOwned', line: 2, column: 57, data: { name: 'plan', method: 'capture', vendor: 'PostHog' } },
        { messageId: 'serverOwned', line: 2, column: 85, data: { name: '$email', method: 'capture', vendor: 'PostHog' } },
      ],
    },
    {
      name: 'browser people.set of a server-owned property, object and (name, value) forms',
      filename: web,
      code: `${browser}mixpanel.people.set({ plan: 'pro', theme: 'dark' });\nmixpanel.people.set_once('$email', 'a@b.co');\nmixpanel.people.unset(['plan']);`,
      errors: [
        { messageId: 'serverOwned', line: 2, column: 23, data: { name: 'plan', method: 'people.set', vendor: 'Mixpanel' } },
        { messageId: 'serverOwned', line: 3, column: 26, data: { name: '$email', method: 'people.set_once', vendor: 'Mixpanel' } },
        { messageId: 'serverOwned', line: 4, column: 24, data: { name: 'plan', method: 'people.unset', vendor: 'Mixpanel' } },
      ],
    },
    {
      name: 'React Native getPeople() and PostHog setPersonProperties / identify $set',
      filename: file('src/mobile/b.ts'),
      code: `import { Mixpanel } from 'mixpanel-react-native';\nimport posthog from 'posthog-js';\nnew Mixpanel('t', true).getPeople().increment('plan', 1);\nposthog.setPersonProperties({ plan: 'pro' });\nposthog.identify('u1', { $email: 'a@b.co' });`,
      errors: [
        { messageId: 'serverOwned', line: 3, data: { name: 'plan', method: 'people.increment', vendor: 'Mixpanel' } },
        { messageId: 'serverOwned', line: 4, data: { name: 'plan', method: 'setPersonProperties', vendor: 'PostHog' } },
        { messageId: 'serverOwned', line: 5, data: { name: '$email', method: 'identify', vendor: 'PostHog' } },
      ],
    },
    {
      name: 'Segment identify traits from the browser',
      filename: web,
      code: `import { AnalyticsBrowser } from '@segment/analytics-next';\nconst analytics = AnalyticsBrowser.load({ writeKey: 'k' });\nanalytics.identify('u1', { plan: 'pro' });`,
      errors: [{ messageId: 'serverOwned', line: 3, column: 28, data: { name: 'plan', method: 'identify', vendor: 'Segment' } }],
    },
    {
      name: 'a wrapper whose side comes from settings',
      filename: file('tools/a.ts'),
      settings: { trackplan: { side: 'client', trackers: [{ callee: 'setProfile', kind: 'people', properties: 0 }] } },
      code: `setProfile({ plan: 'pro' });`,
      errors: [{ messageId: 'serverOwned', line: 1, column: 14 }],
    },
    {
      name: 'a product-scoped property written from another product',
      filename: web,
      code: `${browser}mixpanel.people.set('usedMobileApp', true);`,
      errors: [{ messageId: 'otherProduct', line: 2, column: 21, data: { name: 'usedMobileApp', product: 'web', products: '`mobile`' } }],
    },
  ],
});
