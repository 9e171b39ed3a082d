import { noDeprecatedEvent } from '@trackplan/schema';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { TYPE_AWARE_DEFAULTS, TYPE_AWARE_SCHEMA, type TypeAwareOptions } from '../rule-options.js';
import { onJudgedCalls } from '../report-findings.js';

type Options = [TypeAwareOptions];
type MessageIds = keyof typeof noDeprecatedEvent.messages | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'no-deprecated-event',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Report events the tracking plan has deprecated, naming their replacement',
      recommended: 'warn',
    },
    hasSuggestions: true,
    messages: { ...PLAN_PROBLEM_MESSAGES, ...noDeprecatedEvent.messages },
    schema: TYPE_AWARE_SCHEMA,
    defaultOptions: TYPE_AWARE_DEFAULTS,
  },
  create(context, [{ typeAware = false }]) {
    return onJudgedCalls(context, noDeprecatedEvent, undefined, { typeAware });
  },
});
