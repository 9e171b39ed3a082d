import type { TSESTree } from '@typescript-eslint/utils';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { TYPE_AWARE_DEFAULTS, TYPE_AWARE_SCHEMA, type TypeAwareOptions } from '../rule-options.js';
import { onTrackingCalls } from '../file-analysis.js';
import { replaceStringLiteral } from '../fixes.js';

type Options = [TypeAwareOptions];
type MessageIds = 'deprecatedEvent' | 'useReplacement' | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'no-deprecated-event',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Report events the tracking plan has deprecated, naming their replacement',
      recommended: 'warn',
    },
    hasSuggestions: true,
    messages: {
      ...PLAN_PROBLEM_MESSAGES,
      deprecatedEvent: 'Event `{{name}}` is deprecated{{reason}}.{{replacement}}',
      useReplacement: 'Send `{{name}}` instead.',
    },
    schema: TYPE_AWARE_SCHEMA,
    defaultOptions: TYPE_AWARE_DEFAULTS,
  },
  defaultOptions: TYPE_AWARE_DEFAULTS,
  create(context, [{ typeAware = false }]) {
    return onTrackingCalls(
      context,
      (analysis) => {
        const { plan } = analysis.planState;
        if (!plan) return undefined;
        return (node: TSESTree.CallExpression) => {
          const call = analysis.trackingCall(node);
          if (!call?.event || (call.kind !== 'track' && call.kind !== 'time-event')) return;
          for (const { name, event } of analysis.eventsOf(call, typeAware) ?? []) {
            if (event?.status !== 'deprecated') continue;
            const replacement = event.replacedBy ? plan.events.get(event.replacedBy) : undefined;
            const fix = replacement && replaceStringLiteral(call.event, replacement.eventName);
            context.report({
              node: call.event,
              messageId: 'deprecatedEvent',
              data: {
                name,
                reason: event.reason ? ` (${event.reason})` : '',
                replacement: replacement ? ` Send \`${replacement.eventName}\` instead.` : '',
              },
              suggest: fix ? [{ messageId: 'useReplacement', data: { name: replacement.eventName }, fix }] : [],
            });
          }
        };
      },
      { typeAware },
    );
  },
});
