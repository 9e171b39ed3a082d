import { validProperties } from '@trackplan/schema';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { TYPE_AWARE_DEFAULTS, TYPE_AWARE_SCHEMA, type TypeAwareOptions } from '../rule-options.js';
import { onJudgedCalls } from '../report-findings.js';

type Options = [TypeAwareOptions];
type MessageIds = keyof typeof validProperties.messages | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'valid-properties',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the properties sent with events, super properties and people updates to match the tracking plan',
      recommended: 'error',
    },
    hasSuggestions: true,
    messages: { ...PLAN_PROBLEM_MESSAGES, ...validProperties.messages },
    schema: TYPE_AWARE_SCHEMA,
    defaultOptions: TYPE_AWARE_DEFAULTS,
  },
  create(context, [{ typeAware = false }]) {
    return onJudgedCalls(context, validProperties, undefined, { typeAware });
  },
});
