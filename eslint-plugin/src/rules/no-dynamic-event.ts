import type { TSESTree } from '@typescript-eslint/utils';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { TYPE_AWARE_DEFAULTS, TYPE_AWARE_SCHEMA, type TypeAwareOptions } from '../rule-options.js';
import { onTrackingCalls } from '../file-analysis.js';

type Options = [TypeAwareOptions];
type MessageIds = 'dynamicEvent' | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'no-dynamic-event',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require event names that can be checked: literals, constants, enums or imported constants',
    },
    messages: {
      ...PLAN_PROBLEM_MESSAGES,
      dynamicEvent:
        'This event name is worked out at run time, so it cannot be checked against the tracking plan. Use a string literal or a constant (an `as const` object, an enum, or an exported const).',
    },
    schema: TYPE_AWARE_SCHEMA,
    defaultOptions: TYPE_AWARE_DEFAULTS,
  },
  defaultOptions: TYPE_AWARE_DEFAULTS,
  create(context, [{ typeAware = false }]) {
    return onTrackingCalls(
      context,
      (analysis) => {
        return (node: TSESTree.CallExpression) => {
          const call = analysis.trackingCall(node);
          if (!call?.event || (call.kind !== 'track' && call.kind !== 'time-event')) return;
          if (analysis.eventNames(call, typeAware) === undefined) context.report({ node: call.event, messageId: 'dynamicEvent' });
        };
      },
      { typeAware },
    );
  },
});
