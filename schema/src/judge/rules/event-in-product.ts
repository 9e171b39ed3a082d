import { codeList, type Judgement } from '../finding.js';
import { eventsOf, sendsEvent } from '../events-of.js';

type MessageId = 'eventNotInProduct';

/** An event is sent only from the products the plan lists for it. */
export const eventInProduct: Judgement<MessageId, undefined> = {
  name: 'event-in-product',
  messages: {
    eventNotInProduct:
      'Event `{{name}}` is not planned for product `{{product}}` (the plan lists it for {{products}}). Add `{{product}}` to its `products` in the plan, or send a different event.',
  },
  defaultOptions: undefined,
  judge(call, plan) {
    if (!plan || call.products.length === 0 || !sendsEvent(call)) return [];
    return eventsOf(call, plan).flatMap(({ name, event }) => {
      const planned = event?.products;
      if (!planned || event.status === 'retired') return [];
      // A file in several products' paths ships in all of them: the event must be planned for each.
      return call.products
        .filter((product) => !planned.includes(product))
        .map((product) => ({
          messageId: 'eventNotInProduct' as const,
          span: call.event.span,
          data: { name, product, products: codeList(planned) || 'no product' },
        }));
    });
  },
};
