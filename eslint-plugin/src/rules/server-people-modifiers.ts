import { serverPeopleModifiers } from '@trackplan/schema';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { onJudgedCalls } from '../report-findings.js';

type Options = [{ require?: 'both' | '$ip' | '$ignore_time' }];
type MessageIds = keyof typeof serverPeopleModifiers.messages | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'server-people-modifiers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require server-side people updates to pass `$ip: 0` and `$ignore_time: true`',
      recommended: 'error',
    },
    fixable: 'code',
    messages: { ...PLAN_PROBLEM_MESSAGES, ...serverPeopleModifiers.messages },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          require: {
            type: 'string',
            enum: ['both', '$ip', '$ignore_time'],
            description: 'Which modifiers to require: both (default), or only `$ip` or `$ignore_time`.',
          },
        },
      },
    ],
    defaultOptions: [{ require: 'both' }],
  },
  create(context, [options]) {
    return onJudgedCalls(context, serverPeopleModifiers, options);
  },
});
