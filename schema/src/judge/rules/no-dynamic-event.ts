import type { Judgement } from '../finding.js';
import { sendsEvent } from '../events-of.js';

type MessageId = 'dynamicEvent';

/** An event name worked out at run time cannot be checked against the plan. */
export const noDynamicEvent: Judgement<MessageId, undefined> = {
  name: 'no-dynamic-event',
  messages: {
    dynamicEvent:
      'This event name is worked out at run time, so it cannot be checked against the tracking plan. Use a string literal or a constant (an `as const` object, an enum, or an exported const).',
  },
  defaultOptions: undefined,
  judge(call) {
    return sendsEvent(call) && call.event.names === undefined ? [{ messageId: 'dynamicEvent', span: call.event.span, data: {} }] : [];
  },
};
