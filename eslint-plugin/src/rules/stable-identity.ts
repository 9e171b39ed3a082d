import { DEFAULT_MUTABLE_NAMES, stableIdentity } from '@trackplan/schema';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { onJudgedCalls } from '../report-findings.js';

type Options = [{ mutableNames?: string[]; allowedIds?: string[] }];
type MessageIds = keyof typeof stableIdentity.messages | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'stable-identity',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require users to be identified by an id that never changes, never an email or another mutable value',
      recommended: 'error',
    },
    messages: { ...PLAN_PROBLEM_MESSAGES, ...stableIdentity.messages },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          mutableNames: {
            type: 'array',
            items: { type: 'string' },
            description:
              'Words that mark a value as mutable when its name contains them (`user.email`, `phoneNumber`). Default: email, mail, phone, username, login.',
          },
          allowedIds: {
            type: 'array',
            items: { type: 'string' },
            description: 'Expressions always accepted as stable ids, as written (`user.uuid`, `account.externalId`).',
          },
        },
      },
    ],
    defaultOptions: [{ mutableNames: [...DEFAULT_MUTABLE_NAMES], allowedIds: [] }],
  },
  create(context, [options]) {
    return onJudgedCalls(context, stableIdentity, options);
  },
});
