import rule from '../../../eslint-plugin/src/rules/no-dynamic-event.js';
import { file, ruleTester } from '../../helpers/rule-tester.js';

const web = file('src/web/a.ts');
const browser = `import mixpanel from 'mixpanel-browser';\n`;

ruleTester.run('no-dynamic-event', rule, {
  valid: [
    { name: 'a literal', filename: web, code: `${browser}mixpanel.track('User signs up');` },
    {
      name: 'a constant, an enum member, a template of constants',
      filename: web,
      code: `${browser}const A = 'Order';\nenum E { X = 'User signs up' }\nmixpanel.track(\`\${A} completed\`);\nmixpanel.track(E.X);`,
    },
    {
      name: 'either of two constants',
      filename: web,
      code: `${browser}export const f = (a: boolean) => mixpanel.track(a ? 'User signs up' : 'Order completed');`,
    },
    { name: 'not a tracking call', filename: web, code: `const name = String(Math.random());\nconsole.log(name);` },
  ],
  invalid: [
    {
      name: 'a parameter',
      filename: web,
      code: `${browser}export function send(name: string) { mixpanel.track(name); }`,
      errors: [{ messageId: 'dynamicEvent', line: 2, column: 53 }],
    },
    {
      name: 'a template with a run-time part, in a wrapper',
      filename: web,
      code: `import { trackEvent } from './analytics';\nexport const f = (step: number) => trackEvent(\`Step \${step} done\`);`,
      errors: [{ messageId: 'dynamicEvent', line: 2, column: 47 }],
    },
  ],
});
