import type { TSESTree } from '@typescript-eslint/utils';
import type { DescribedModifiers, Modifier, TextEdit } from '@trackplan/schema';
import { knownValue } from '../properties/static-object.js';
import type { EvaluationEnvironment } from '../resolve/static-value.js';
import { propertyKeyName, unwrap } from '../sdk/ast.js';

const objectLiteral = (modifiers: readonly Modifier[]): string => `{ ${keyValues(modifiers)} }`;
const keyValues = (modifiers: readonly Modifier[]): string => modifiers.map((m) => `${m.key}: ${String(m.value)}`).join(', ');
const insertAt = (offset: number, text: string): TextEdit => ({ start: offset, end: offset, text });

const isFunction = (node: TSESTree.Node): boolean => {
  const expr = unwrap(node);
  return expr.type === 'ArrowFunctionExpression' || expr.type === 'FunctionExpression';
};

/**
 * The modifiers argument of a server-side people call at `index` (mixpanel-node's signatures), and
 * how to write the missing ones in: before a trailing callback, or after the last argument with the
 * SDK's defaults for optional arguments left out before them (`defaults`, by position):
 * `people.increment(id, 'orders')` becomes `people.increment(id, 'orders', 1, { ... })`.
 */
export function describeModifiers(
  args: readonly TSESTree.CallExpressionArgument[],
  index: number,
  defaults: Readonly<Record<number, string>>,
  env: EvaluationEnvironment,
): DescribedModifiers {
  const arg = args[index];
  if (!arg || isFunction(arg)) {
    const last = args[args.length - 1];
    const fillers = fillersBetween(defaults, args.length, index);
    const add =
      arg && isFunction(arg)
        ? (modifiers: readonly Modifier[]) => insertAt(arg.range[0], `${objectLiteral(modifiers)}, `)
        : last && fillers && args.length + fillers.length === index
          ? (modifiers: readonly Modifier[]) => insertAt(last.range[1], `, ${[...fillers, objectLiteral(modifiers)].join(', ')}`)
          : undefined;
    return { kind: 'missing', add };
  }
  const object = unwrap(arg);
  if (object.type !== 'ObjectExpression') return { kind: 'opaque', span: spanOf(arg) };
  const entries = object.properties.flatMap((property) => {
    const key = property.type === 'Property' ? propertyKeyName(property) : undefined;
    return property.type === 'Property' && key !== undefined ? [{ key, value: knownValue(property.value, env), valueSpan: spanOf(property.value) }] : [];
  });
  const lastProperty = object.properties[object.properties.length - 1];
  return {
    kind: 'written',
    span: spanOf(object),
    entries,
    add: (modifiers) => (lastProperty ? insertAt(lastProperty.range[1], `, ${keyValues(modifiers)}`) : { ...spanOf(object), text: objectLiteral(modifiers) }),
  };
}

/** The defaults for positions `from` up to (not including) `to`, or undefined when one of them is required. */
function fillersBetween(defaults: Readonly<Record<number, string>>, from: number, to: number): string[] | undefined {
  const fillers: string[] = [];
  for (let position = from; position < to; position++) {
    const value = defaults[position];
    if (value === undefined) return undefined;
    fillers.push(value);
  }
  return fillers;
}

export const spanOf = (node: TSESTree.Node): { start: number; end: number } => ({ start: node.range[0], end: node.range[1] });
