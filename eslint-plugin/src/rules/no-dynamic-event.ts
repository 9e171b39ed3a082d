import { noDynamicEvent } from '@trackplan/schema';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { TYPE_AWARE_DEFAULTS, TYPE_AWARE_SCHEMA, type TypeAwareOptions } from '../rule-options.js';
import { onJudgedCalls } from '../report-findings.js';

type Options = [TypeAwareOptions];
type MessageIds = keyof typeof noDynamicEvent.messages | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'no-dynamic-event',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require event names that can be checked: literals, constants, enums or imported constants',
    },
    messages: { ...PLAN_PROBLEM_MESSAGES, ...noDynamicEvent.messages },
    schema: TYPE_AWARE_SCHEMA,
    defaultOptions: TYPE_AWARE_DEFAULTS,
  },
  create(context, [{ typeAware = false }]) {
    return onJudgedCalls(context, noDynamicEvent, undefined, { typeAware });
  },
});
