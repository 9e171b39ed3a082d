import { knownEvent } from '@trackplan/schema';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { TYPE_AWARE_DEFAULTS, TYPE_AWARE_SCHEMA, type TypeAwareOptions } from '../rule-options.js';
import { onJudgedCalls } from '../report-findings.js';

type Options = [TypeAwareOptions];
type MessageIds = keyof typeof knownEvent.messages | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'known-event',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require every tracked event name to be in the tracking plan, and not retired',
      recommended: 'error',
    },
    hasSuggestions: true,
    messages: { ...PLAN_PROBLEM_MESSAGES, ...knownEvent.messages },
    schema: TYPE_AWARE_SCHEMA,
    defaultOptions: TYPE_AWARE_DEFAULTS,
  },
  create(context, [{ typeAware = false }]) {
    return onJudgedCalls(context, knownEvent, undefined, { typeAware });
  },
});
