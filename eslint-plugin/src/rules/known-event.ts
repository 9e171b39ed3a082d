import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { closestNames } from '@trackplan/schema';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { TYPE_AWARE_DEFAULTS, TYPE_AWARE_SCHEMA, type TypeAwareOptions } from '../rule-options.js';
import { onTrackingCalls } from '../file-analysis.js';
import { replaceStringLiteral } from '../fixes.js';

type Options = [TypeAwareOptions];
type MessageIds = 'unknownEvent' | 'retiredEvent' | 'useName' | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'known-event',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require every tracked event name to be in the tracking plan, and not retired',
      recommended: 'error',
    },
    hasSuggestions: true,
    messages: {
      ...PLAN_PROBLEM_MESSAGES,
      unknownEvent: 'Event `{{name}}` is not in the tracking plan.{{hint}}',
      retiredEvent: 'Event `{{name}}` is retired{{reason}}: it must no longer be sent.{{replacement}}',
      useName: 'Use the plan’s spelling `{{name}}`.',
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
        return (node: TSESTree.CallExpression) => {
          const call = analysis.trackingCall(node);
          if (!call) return;
          if (!plan || (call.kind !== 'track' && call.kind !== 'time-event') || !call.event) return;
          for (const { name, event } of analysis.eventsOf(call, typeAware) ?? []) {
            if (!event) {
              // Point at what to send today: active events first, deprecated ones only when nothing else is close.
              const loose = plan.eventsByLooseName(name);
              const similar =
                loose.filter((e) => e.status === 'active').length > 0
                  ? loose.filter((e) => e.status === 'active')
                  : loose.filter((e) => e.status === 'deprecated');
              const close = similar.length > 0 ? similar.map((e) => e.eventName) : closestNames(name, namesWithStatus(plan, 'active'));
              if (close.length === 0) close.push(...closestNames(name, namesWithStatus(plan, 'deprecated')));
              const suggest: TSESLint.ReportSuggestionArray<MessageIds> = similar.slice(0, 1).flatMap((e) => {
                const fix = replaceStringLiteral(call.event!, e.eventName);
                return fix ? [{ messageId: 'useName' as const, data: { name: e.eventName }, fix }] : [];
              });
              context.report({
                node: call.event,
                messageId: 'unknownEvent',
                data: {
                  name,
                  hint: close.length === 1 ? ` Did you mean \`${close[0]}\`?` : close.length > 1 ? ` Closest: ${close.map((n) => `\`${n}\``).join(', ')}.` : '',
                },
                suggest,
              });
            } else if (event.status === 'retired') {
              const replacement = event.replacedBy ? plan.events.get(event.replacedBy) : undefined;
              context.report({
                node: call.event,
                messageId: 'retiredEvent',
                data: {
                  name,
                  reason: event.reason ? ` (${event.reason})` : '',
                  replacement: replacement ? ` Send \`${replacement.eventName}\` instead.` : '',
                },
              });
            }
          }
        };
      },
      { typeAware },
    );
  },
});

const namesWithStatus = (plan: { events: ReadonlyMap<string, { eventName: string; status: string }> }, status: string): string[] =>
  [...plan.events.values()].filter((e) => e.status === status).map((e) => e.eventName);
