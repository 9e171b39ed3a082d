import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@typescript-eslint/utils/ast-utils';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { onTrackingCalls } from '../file-analysis.js';
import { propertyKeyName, unwrap } from '../sdk/ast.js';
import { staticObject } from '../properties/static-object.js';
import { vendorLabel } from '../sdk/sdk-catalog.js';
import type { TrackingCall } from '../sdk/tracking-call.js';
import type { EvaluationEnvironment } from '../resolve/static-value.js';

type Options = [{ mutableNames?: string[]; allowedIds?: string[] }];
type MessageIds = 'mutableIdentity' | PlanProblemMessageId;

const DEFAULT_MUTABLE_NAMES = ['email', 'mail', 'phone', 'username', 'login'];

export default createRule<Options, MessageIds>({
  name: 'stable-identity',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require users to be identified by an id that never changes, never an email or another mutable value',
      recommended: 'error',
    },
    messages: {
      ...PLAN_PROBLEM_MESSAGES,
      mutableIdentity:
        '{{what}} uses {{value}} as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, {{vendor}} sees a new person and splits their history.',
    },
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
    defaultOptions: [{ mutableNames: DEFAULT_MUTABLE_NAMES, allowedIds: [] }],
  },
  defaultOptions: [{ mutableNames: DEFAULT_MUTABLE_NAMES, allowedIds: [] }],
  create(context, [{ mutableNames = DEFAULT_MUTABLE_NAMES, allowedIds = [] }]) {
    return onTrackingCalls(context, (analysis) => {
      const words = new Set(mutableNames.map((w) => w.toLowerCase()));
      const check = (node: TSESTree.Node | undefined, what: string, call: TrackingCall): void => {
        if (!node) return;
        const text = context.sourceCode.getText(node);
        if (allowedIds.includes(text)) return;
        const reason = mutableValue(node, words, analysis.environment, (n) => context.sourceCode.getScope(n));
        if (reason) context.report({ node, messageId: 'mutableIdentity', data: { what, value: reason, vendor: vendorLabel(call.sdk) } });
      };
      return (node: TSESTree.CallExpression) => {
        const call = analysis.trackingCall(node);
        if (!call) return;
        if (call.kind === 'identify' || call.kind === 'alias') check(call.distinctId, `This ${call.kind === 'alias' ? 'alias' : 'identify'} call`, call);
        else if (call.distinctId) check(call.distinctId, 'This call', call);
        // Server-side track calls name the user in `distinct_id`.
        if (call.kind === 'track' && call.properties) {
          const object = staticObject(call.properties, analysis.environment);
          const distinctId = object?.entries.find((e) => e.key === 'distinct_id');
          if (distinctId) check(distinctId.valueNode, 'This event’s `distinct_id`', call);
        }
      };
    });
  },
});

/** The words of a name: `userEmail` → user, email; `primary_phone` → primary, phone. */
const wordsOf = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_\-$]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());

/**
 * Why a value is not a stable id, or undefined: a string with `@`, a name made with a mutable word
 * (`user.email`, `userPhone`), a constant initialised from one (`const id = user.email`,
 * `const { email: id } = user`), or a template built from one.
 */
function mutableValue(
  node: TSESTree.Node,
  words: ReadonlySet<string>,
  env: EvaluationEnvironment,
  scopeOf: (node: TSESTree.Node) => TSESLint.Scope.Scope,
  depth = 0,
): string | undefined {
  if (depth > 6) return undefined;
  const expr = unwrap(node);
  const isMutableName = (name: string): boolean => wordsOf(name).some((word) => words.has(word));
  switch (expr.type) {
    case 'Literal':
      return typeof expr.value === 'string' && expr.value.includes('@') ? 'an email address' : undefined;
    case 'TemplateLiteral': {
      if (expr.quasis.some((q) => (q.value.cooked ?? '').includes('@'))) return 'an email address';
      for (const part of expr.expressions) {
        const reason = mutableValue(part, words, env, scopeOf, depth + 1);
        if (reason) return reason;
      }
      return undefined;
    }
    case 'MemberExpression': {
      const name = !expr.computed && expr.property.type === 'Identifier' ? expr.property.name : undefined;
      return name && isMutableName(name) ? `\`${name}\`` : undefined;
    }
    case 'Identifier': {
      if (isMutableName(expr.name)) return `\`${expr.name}\``;
      // Follow a constant to where its value comes from.
      const variable = findVariable(scopeOf(expr), expr);
      const def = variable?.defs[0];
      if (def?.type !== 'Variable') return undefined;
      if (def.node.id.type === 'Identifier' && def.node.init) return mutableValue(def.node.init, words, env, scopeOf, depth + 1);
      if (def.node.id.type === 'ObjectPattern') {
        const property = def.node.id.properties.find(
          (p): p is TSESTree.Property =>
            p.type === 'Property' && unwrap(p.value).type === 'Identifier' && (unwrap(p.value) as TSESTree.Identifier).name === expr.name,
        );
        const key = property && propertyKeyName(property);
        return key !== undefined && isMutableName(key) ? `\`${key}\`` : undefined;
      }
      return undefined;
    }
    case 'CallExpression': {
      // email.toLowerCase(), String(user.email)
      const callee = unwrap(expr.callee);
      if (callee.type === 'MemberExpression') return mutableValue(callee.object, words, env, scopeOf, depth + 1);
      const [first] = expr.arguments;
      return first && first.type !== 'SpreadElement' ? mutableValue(first, words, env, scopeOf, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}
