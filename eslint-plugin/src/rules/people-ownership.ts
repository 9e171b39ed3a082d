import { peopleOwnership } from '@trackplan/schema';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { onJudgedCalls } from '../report-findings.js';

type Options = [];
type MessageIds = keyof typeof peopleOwnership.messages | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'people-ownership',
  meta: {
    type: 'problem',
    docs: {
      description: 'Forbid client code from writing people properties the server owns, or that belong to another product',
      recommended: 'error',
    },
    messages: { ...PLAN_PROBLEM_MESSAGES, ...peopleOwnership.messages },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return onJudgedCalls(context, peopleOwnership, undefined);
  },
});
