import rule from '../../../eslint-plugin/src/rules/server-people-modifiers.js';
import { file, ruleTester } from '../../helpers/rule-tester.js';

const filename = file('src/server/people.ts');
const node = `import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('t');\n`;

ruleTester.run('server-people-modifiers', rule, {
  valid: [
    { name: 'object form with both modifiers', filename, code: `${node}mp.people.set('u1', { plan: 'pro' }, { $ip: 0, $ignore_time: true });` },
    {
      name: '(name, value) form with modifiers and a callback',
      filename,
      code: `${node}mp.people.set('u1', 'plan', 'pro', { $ignore_time: true, $ip: 0 }, () => {});`,
    },
    {
      name: 'unset, delete_user, clear_charges with modifiers',
      filename,
      code: `${node}mp.people.unset('u1', 'plan', { $ip: 0, $ignore_time: true });\nmp.people.delete_user('u1', { $ip: 0, $ignore_time: true });\nmp.people.clear_charges('u1', { $ip: 0, $ignore_time: true });`,
    },
    {
      name: 'client SDKs have no modifiers',
      filename: file('src/web/a.ts'),
      code: `import mixpanel from 'mixpanel-browser';\nmixpanel.people.set({ theme: 'dark' });`,
    },
    { name: 'only $ip required by option', filename, options: [{ require: '$ip' }], code: `${node}mp.people.set('u1', { plan: 'pro' }, { $ip: 0 });` },
  ],
  invalid: [
    {
      name: 'no modifiers: added after the properties',
      filename,
      code: `${node}mp.people.set('u1', { plan: 'pro' });`,
      output: `${node}mp.people.set('u1', { plan: 'pro' }, { $ip: 0, $ignore_time: true });`,
      errors: [{ messageId: 'missingModifiers', line: 3, column: 1, data: { method: 'people.set' } }],
    },
    {
      name: 'increment(id, prop) with the amount left out: the fix writes its default before the modifiers',
      filename,
      code: `${node}mp.people.increment('u1', 'ordersCount');\nmp.people.track_charge('u1', 9.99);`,
      output: `${node}mp.people.increment('u1', 'ordersCount', 1, { $ip: 0, $ignore_time: true });\nmp.people.track_charge('u1', 9.99, {}, { $ip: 0, $ignore_time: true });`,
      errors: [
        { messageId: 'missingModifiers', data: { method: 'people.increment' } },
        { messageId: 'missingModifiers', data: { method: 'people.track_charge' } },
      ],
    },
    {
      name: 'no modifiers but a callback: added before it, keeping the callback last',
      filename,
      code: `${node}mp.people.increment('u1', 'logins', 1, (err) => console.log(err));`,
      output: `${node}mp.people.increment('u1', 'logins', 1, { $ip: 0, $ignore_time: true }, (err) => console.log(err));`,
      errors: [{ messageId: 'missingModifiers', data: { method: 'people.increment' } }],
    },
    {
      name: 'object form with a callback',
      filename,
      code: `${node}mp.people.set_once('u1', { plan: 'pro' }, function done() {});`,
      output: `${node}mp.people.set_once('u1', { plan: 'pro' }, { $ip: 0, $ignore_time: true }, function done() {});`,
      errors: [{ messageId: 'missingModifiers' }],
    },
    {
      name: 'delete_user and unset signatures',
      filename,
      code: `${node}mp.people.delete_user('u1');\nmp.people.unset('u1', ['a', 'b']);`,
      output: `${node}mp.people.delete_user('u1', { $ip: 0, $ignore_time: true });\nmp.people.unset('u1', ['a', 'b'], { $ip: 0, $ignore_time: true });`,
      errors: [
        { messageId: 'missingModifiers', line: 3 },
        { messageId: 'missingModifiers', line: 4 },
      ],
    },
    {
      name: 'a modifiers object missing a key: the key is added',
      filename,
      code: `${node}mp.people.set('u1', { plan: 'pro' }, { $ip: 0 });\nmp.people.union('u1', { tags: ['a'] }, {});`,
      output: `${node}mp.people.set('u1', { plan: 'pro' }, { $ip: 0, $ignore_time: true });\nmp.people.union('u1', { tags: ['a'] }, { $ip: 0, $ignore_time: true });`,
      errors: [
        {
          messageId: 'missingKeys',
          line: 3,
          column: 38,
          data: { method: 'people.set', keys: '`$ignore_time: true`', effect: 'moves the user’s “last seen” to now' },
        },
        { messageId: 'missingKeys', line: 4, column: 40 },
      ],
    },
    {
      name: 'a wrong value is reported, not rewritten',
      filename,
      code: `${node}mp.people.set('u1', { plan: 'pro' }, { $ip: 1, $ignore_time: true });`,
      output: null,
      errors: [{ messageId: 'wrongValue', line: 3, column: 45, data: { key: '$ip', expected: '0' } }],
    },
    {
      name: 'modifiers built elsewhere: reported without a fix',
      filename,
      code: `${node}declare const modifiers: object;\nmp.people.set('u1', { plan: 'pro' }, modifiers);`,
      output: null,
      errors: [{ messageId: 'opaqueModifiers', line: 4, column: 38 }],
    },
    {
      name: 'an instance exported from a project module (services/lib/analytics)',
      filename,
      code: `const Mixpanel = require('mixpanel');\nconst mixpanel = Mixpanel.init('t');\nmixpanel.people.track_charge('u1', 9.99);`,
      output: `const Mixpanel = require('mixpanel');\nconst mixpanel = Mixpanel.init('t');\nmixpanel.people.track_charge('u1', 9.99, {}, { $ip: 0, $ignore_time: true });`,
      errors: [{ messageId: 'missingModifiers' }],
    },
  ],
});
