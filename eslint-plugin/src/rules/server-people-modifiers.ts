import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { onTrackingCalls } from '../file-analysis.js';
import { propertyKeyName, unwrap } from '../sdk/ast.js';

type Required = 'both' | '$ip' | '$ignore_time';
type Options = [{ require?: Required }];
type MessageIds = 'missingModifiers' | 'missingKeys' | 'wrongValue' | 'opaqueModifiers' | PlanProblemMessageId;

const MODIFIERS: Readonly<Record<'$ip' | '$ignore_time', string>> = { $ip: '0', $ignore_time: 'true' };

export default createRule<Options, MessageIds>({
  name: 'server-people-modifiers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require server-side people updates to pass `$ip: 0` and `$ignore_time: true`',
      recommended: 'error',
    },
    fixable: 'code',
    messages: {
      ...PLAN_PROBLEM_MESSAGES,
      missingModifiers:
        'Server-side `{{method}}` without modifiers: pass `{ $ip: 0, $ignore_time: true }`, or Mixpanel places the user at the server’s location and moves their “last seen” to now.',
      missingKeys: 'Server-side `{{method}}` modifiers lack {{keys}}: without them Mixpanel {{effect}}.',
      wrongValue: '`{{key}}` must be `{{expected}}` in server-side people updates.',
      opaqueModifiers: 'Server-side `{{method}}` modifiers are built elsewhere; make sure they set {{keys}}, or write them here as an object.',
    },
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
  defaultOptions: [{ require: 'both' }],
  create(context, [{ require = 'both' }]) {
    return onTrackingCalls(context, (analysis) => {
      const required = (require === 'both' ? ['$ip', '$ignore_time'] : [require]) as ('$ip' | '$ignore_time')[];
      return (node: TSESTree.CallExpression) => {
        const call = analysis.trackingCall(node);
        if (call?.kind !== 'people' || call.modifiersIndex === undefined || analysis.sideOf(call) !== 'server') return;
        const method = call.method;
        const args = node.arguments;
        const index = call.modifiersIndex;
        const arg = args[index];
        const literal = (keys: readonly string[]) => `{ ${keys.map((k) => `${k}: ${MODIFIERS[k as keyof typeof MODIFIERS]}`).join(', ')} }`;
        if (!arg || isFunction(arg)) {
          // No modifiers: add them where the signature has them, keeping a trailing callback last.
          // Optional arguments left out before the modifiers are written with their defaults:
          // `people.increment(id, 'orders')` becomes `people.increment(id, 'orders', 1, { ... })`.
          const fillers = args.length < index ? defaultsBetween(call.peopleMethod, args.length, index) : [];
          const fix: TSESLint.ReportFixFunction | null =
            arg && isFunction(arg)
              ? (fixer) => fixer.insertTextBefore(arg, `${literal(required)}, `)
              : args.length > 0 && fillers !== undefined && args.length + fillers.length === index
                ? (fixer) => fixer.insertTextAfter(args[args.length - 1]!, `, ${[...fillers, literal(required)].join(', ')}`)
                : null;
          context.report({ node, messageId: 'missingModifiers', data: { method }, fix });
          return;
        }
        const modifiers = unwrap(arg);
        if (modifiers.type !== 'ObjectExpression') {
          context.report({ node: arg, messageId: 'opaqueModifiers', data: { method, keys: required.map((k) => `\`${k}: ${MODIFIERS[k]}\``).join(' and ') } });
          return;
        }
        const present = new Map<string, TSESTree.Property>();
        for (const property of modifiers.properties) {
          const key = property.type === 'Property' ? propertyKeyName(property) : undefined;
          if (property.type === 'Property' && key !== undefined) present.set(key, property);
        }
        for (const key of required) {
          const property = present.get(key);
          const value = property && context.sourceCode.getText(property.value);
          if (property && value !== MODIFIERS[key]) context.report({ node: property.value, messageId: 'wrongValue', data: { key, expected: MODIFIERS[key] } });
        }
        const missing = required.filter((key) => !present.has(key));
        if (missing.length === 0) return;
        const last = modifiers.properties[modifiers.properties.length - 1];
        const additions = missing.map((k) => `${k}: ${MODIFIERS[k]}`).join(', ');
        context.report({
          node: modifiers,
          messageId: 'missingKeys',
          data: {
            method,
            keys: missing.map((k) => `\`${k}: ${MODIFIERS[k]}\``).join(' and '),
            effect:
              missing.length === 2
                ? 'stores the server’s IP as the user’s location and moves their “last seen”'
                : missing[0] === '$ip'
                  ? 'stores the server’s IP as the user’s location'
                  : 'moves the user’s “last seen” to now',
          },
          fix: (fixer) => (last ? fixer.insertTextAfter(last, `, ${additions}`) : fixer.replaceText(modifiers, `{ ${additions} }`)),
        });
      };
    });
  },
});

/**
 * mixpanel-node's optional arguments that come before the modifiers, with the values the library
 * uses when they are left out (lib/people.js): `increment(id, prop, by = 1, modifiers)`,
 * `track_charge(id, amount, properties = {}, modifiers)`.
 */
const OPTIONAL_BEFORE_MODIFIERS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  increment: { 2: '1' },
  track_charge: { 2: '{}' },
};

/** The defaults for positions `from` up to (not including) `to`, or undefined when one of them is required. */
function defaultsBetween(method: string | undefined, from: number, to: number): string[] | undefined {
  const optional = OPTIONAL_BEFORE_MODIFIERS[method ?? ''] ?? {};
  const fillers: string[] = [];
  for (let position = from; position < to; position++) {
    const value = optional[position];
    if (value === undefined) return undefined;
    fillers.push(value);
  }
  return fillers;
}

const isFunction = (node: TSESTree.Node): boolean => {
  const expr = unwrap(node);
  return expr.type === 'ArrowFunctionExpression' || expr.type === 'FunctionExpression';
};
