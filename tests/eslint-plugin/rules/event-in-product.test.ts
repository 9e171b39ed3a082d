import rule from '../../../eslint-plugin/src/rules/event-in-product.js';
import { file, ruleTester } from '../../helpers/rule-tester.js';

const browser = `import mixpanel from 'mixpanel-browser';\n`;

ruleTester.run('event-in-product', rule, {
  valid: [
    { name: 'planned for the file’s product', filename: file('src/web/a.ts'), code: `${browser}mixpanel.track('User signs up', { plan: 'free' });` },
    {
      name: 'an event without products is for every product',
      filename: file('src/server/a.ts'),
      code: `import Mixpanel from 'mixpanel';\nMixpanel.init('t').track('Page viewed', {});`,
    },
    { name: 'a file in no product', filename: file('tools/script.ts'), code: `${browser}mixpanel.track('Order completed', { orderId: 'o', revenue: 1 });` },
    {
      name: 'settings.trackplan.product overrides the paths',
      filename: file('tools/web-script.ts'),
      settings: { trackplan: { product: 'web' } },
      code: `${browser}mixpanel.track('User signs up', { plan: 'free' });`,
    },
  ],
  invalid: [
    {
      name: 'a backend-only event sent from mobile',
      filename: file('src/mobile/a.ts'),
      code: `import { Mixpanel } from 'mixpanel-react-native';\nnew Mixpanel('t', true).track('Order completed', { orderId: 'o', revenue: 1 });`,
      errors: [{ messageId: 'eventNotInProduct', line: 2, column: 31, data: { name: 'Order completed', product: 'mobile', products: '`backend`, `web`' } }],
    },
    {
      name: 'settings naming two products: the event must be planned for both',
      filename: file('shared/a.ts'),
      settings: { trackplan: { product: ['web', 'backend'] } },
      code: `${browser}mixpanel.track('User signs up', { plan: 'free' });`,
      errors: [{ messageId: 'eventNotInProduct', data: { name: 'User signs up', product: 'backend', products: '`web`, `mobile`' } }],
    },
  ],
});
