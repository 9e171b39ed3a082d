import { eventInProduct } from '@trackplan/schema';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { TYPE_AWARE_DEFAULTS, TYPE_AWARE_SCHEMA, type TypeAwareOptions } from '../rule-options.js';
import { onJudgedCalls } from '../report-findings.js';

type Options = [TypeAwareOptions];
type MessageIds = keyof typeof eventInProduct.messages | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'event-in-product',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require events to be sent only from the products the tracking plan lists for them',
      recommended: 'error',
    },
    messages: { ...PLAN_PROBLEM_MESSAGES, ...eventInProduct.messages },
    schema: TYPE_AWARE_SCHEMA,
    defaultOptions: TYPE_AWARE_DEFAULTS,
  },
  create(context, [{ typeAware = false }]) {
    return onJudgedCalls(context, eventInProduct, undefined, { typeAware });
  },
});
