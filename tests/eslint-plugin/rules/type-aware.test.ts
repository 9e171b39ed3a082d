import { RuleTester } from '@typescript-eslint/rule-tester';
import knownEvent from '../../../eslint-plugin/src/rules/known-event.js';
import noDynamicEvent from '../../../eslint-plugin/src/rules/no-dynamic-event.js';
import validProperties from '../../../eslint-plugin/src/rules/valid-properties.js';
import { FIXTURE, file } from '../../helpers/rule-tester.js';

// The type-checked config's behaviour: type information from typescript-eslint's project service.
const typed = new RuleTester({
  languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: FIXTURE } },
});
const filename = file('typed.ts');
const on = [{ typeAware: true }] as const;
// A stand-in for the SDK's types, so the file type-checks without mixpanel-browser installed.
const sdk = `declare module 'mixpanel-browser' { const m: { track(e: string, p?: object): void; people: { set(p: object): void } }; export default m; }\nimport mixpanel from 'mixpanel-browser';\n`;

typed.run('known-event (typeAware)', knownEvent, {
  valid: [
    {
      name: 'a union of planned names',
      filename,
      options: on,
      code: `${sdk}type Name = 'User signs up' | 'Order completed';\nexport const f = (n: Name) => mixpanel.track(n, {});`,
    },
    { name: 'without the option, a parameter is skipped', filename, code: `${sdk}export const f = (n: 'Nope') => mixpanel.track(n);` },
  ],
  invalid: [
    {
      name: 'each member of a string-literal union is checked',
      filename,
      options: on,
      code: `${sdk}type Name = 'User signs up' | 'Signed in';\nexport const f = (n: Name) => mixpanel.track(n, { plan: 'free' });`,
      errors: [{ messageId: 'unknownEvent', line: 4, column: 46, data: { name: 'Signed in', hint: '' } }],
    },
  ],
});

typed.run('no-dynamic-event (typeAware)', noDynamicEvent, {
  valid: [{ name: 'a literal type is not dynamic', filename, options: on, code: `${sdk}export const f = (n: 'User signs up') => mixpanel.track(n);` }],
  invalid: [
    {
      name: 'a plain string is',
      filename,
      options: on,
      code: `${sdk}export const f = (n: string) => mixpanel.track(n);`,
      errors: [{ messageId: 'dynamicEvent', line: 3, column: 48 }],
    },
  ],
});

typed.run('valid-properties (typeAware)', validProperties, {
  valid: [
    {
      name: 'types that fit',
      filename,
      options: on,
      code: `${sdk}export const f = (p: 'free' | 'pro', n: number, d: Date) => mixpanel.track('User signs up', { plan: p, seats: n, signedUpAt: d });`,
    },
    {
      name: 'optional values are absent or fit',
      filename,
      options: on,
      code: `${sdk}export const f = (t?: boolean) => mixpanel.track('User signs up', { plan: 'pro', isTrial: t });`,
    },
    { name: 'any is never judged', filename, options: on, code: `${sdk}export const f = (x: any) => mixpanel.track('User signs up', { plan: x, seats: x });` },
  ],
  invalid: [
    {
      name: 'a string for a number, a number for a string',
      filename,
      options: on,
      code: `${sdk}export const f = (s: string, n: number) => mixpanel.track('Order completed', { orderId: n, revenue: s });`,
      errors: [
        {
          messageId: 'invalidValue',
          line: 3,
          column: 89,
          data: { message: '`orderId` must be a string, but its type is `number`', target: 'event `Order completed`' },
        },
        {
          messageId: 'invalidValue',
          line: 3,
          column: 101,
          data: { message: '`revenue` must be a number, but its type is `string`', target: 'event `Order completed`' },
        },
      ],
    },
    {
      name: 'a literal union with a member outside the enum',
      filename,
      options: on,
      code: `${sdk}type Tier = 'free' | 'gold';\nexport const f = (t: Tier) => mixpanel.people.set({ plan: t });`,
      errors: [
        {
          messageId: 'invalidValue',
          line: 4,
          column: 59,
          data: { message: '`plan` must be one of "free", "pro", "enterprise", not "gold", which its type `Tier` allows', target: 'the people properties' },
        },
      ],
    },
  ],
});
