import type { Judgement } from '../finding.js';
import { eventsOf, sendsEvent } from '../events-of.js';

type MessageId = 'deprecatedEvent' | 'useReplacement';

/** Deprecated events are reported with their reason and replacement, offered as a suggestion. */
export const noDeprecatedEvent: Judgement<MessageId, undefined> = {
  name: 'no-deprecated-event',
  messages: {
    deprecatedEvent: 'Event `{{name}}` is deprecated{{reason}}.{{replacement}}',
    useReplacement: 'Send `{{name}}` instead.',
  },
  defaultOptions: undefined,
  judge(call, plan) {
    if (!plan || !sendsEvent(call)) return [];
    const { span, rewrite } = call.event;
    return eventsOf(call, plan).flatMap(({ name, event }) => {
      if (event?.status !== 'deprecated') return [];
      const replacement = event.replacedBy ? plan.events.get(event.replacedBy) : undefined;
      return [
        {
          messageId: 'deprecatedEvent' as const,
          span,
          data: {
            name,
            reason: event.reason ? ` (${event.reason})` : '',
            replacement: replacement ? ` Send \`${replacement.eventName}\` instead.` : '',
          },
          suggestions:
            replacement && rewrite
              ? [{ messageId: 'useReplacement' as const, data: { name: replacement.eventName }, edits: [rewrite(replacement.eventName)] }]
              : [],
        },
      ];
    });
  },
};
