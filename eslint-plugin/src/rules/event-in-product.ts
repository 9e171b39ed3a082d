import type { TSESTree } from '@typescript-eslint/utils';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { TYPE_AWARE_DEFAULTS, TYPE_AWARE_SCHEMA, type TypeAwareOptions } from '../rule-options.js';
import { onTrackingCalls } from '../file-analysis.js';

type Options = [TypeAwareOptions];
type MessageIds = 'eventNotInProduct' | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'event-in-product',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require events to be sent only from the products the tracking plan lists for them',
      recommended: 'error',
    },
    messages: {
      ...PLAN_PROBLEM_MESSAGES,
      eventNotInProduct:
        'Event `{{name}}` is not planned for product `{{product}}` (the plan lists it for {{products}}). Add `{{product}}` to its `products` in the plan, or send a different event.',
    },
    schema: TYPE_AWARE_SCHEMA,
    defaultOptions: TYPE_AWARE_DEFAULTS,
  },
  defaultOptions: TYPE_AWARE_DEFAULTS,
  create(context, [{ typeAware = false }]) {
    return onTrackingCalls(
      context,
      (analysis) => {
        if (!analysis.planState.plan || analysis.products.length === 0) return undefined;
        return (node: TSESTree.CallExpression) => {
          const call = analysis.trackingCall(node);
          if (!call?.event || (call.kind !== 'track' && call.kind !== 'time-event')) return;
          for (const { name, event } of analysis.eventsOf(call, typeAware) ?? []) {
            if (!event?.products || event.status === 'retired') continue;
            // A file in several products' paths ships in all of them: the event must be planned for each.
            for (const product of analysis.products.filter((p) => !event.products!.includes(p))) {
              context.report({
                node: call.event,
                messageId: 'eventNotInProduct',
                data: { name, product, products: event.products.map((p) => `\`${p}\``).join(', ') || 'no product' },
              });
            }
          }
        };
      },
      { typeAware },
    );
  },
});
