import rule from '../../../eslint-plugin/src/rules/no-deprecated-event.js';
import { file, ruleTester } from '../../helpers/rule-tester.js';

const mobile = file('src/mobile/SignupScreen.tsx');
const rn = `import { Mixpanel } from 'mixpanel-react-native';\nconst mixpanel = new Mixpanel('token', true);\n`;

ruleTester.run('no-deprecated-event', rule, {
  valid: [
    { name: 'the replacement itself', filename: mobile, code: `${rn}mixpanel.track('User signs up', { plan: 'free' });` },
    { name: 'an unknown event is known-event’s to report', filename: mobile, code: `${rn}mixpanel.track('Not planned');` },
    { name: 'a local track function with the old name', filename: mobile, code: `const track = (e: string) => e;\ntrack('User Signs Up');` },
  ],
  invalid: [
    {
      name: 'the old spelling, with a suggestion to send the replacement',
      filename: mobile,
      code: `${rn}mixpanel.track('User Signs Up', { plan: 'free' });`,
      errors: [
        {
          messageId: 'deprecatedEvent',
          line: 3,
          column: 16,
          data: { name: 'User Signs Up', reason: ' (One spelling for all platforms)', replacement: ' Send `User signs up` instead.' },
          suggestions: [{ messageId: 'useReplacement', data: { name: 'User signs up' }, output: `${rn}mixpanel.track('User signs up', { plan: 'free' });` }],
        },
      ],
    },
    {
      name: 'through a constant: reported, but no suggestion rewrites the constant’s use',
      filename: file('src/mobile/other.ts'),
      code: `${rn}import { AUTH } from '../constants/events';\nmixpanel.track(AUTH.LEGACY_SIGN_UP);`,
      errors: [{ messageId: 'deprecatedEvent', line: 4, column: 16, suggestions: [] }],
    },
  ],
});
