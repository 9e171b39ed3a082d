import type { TSESTree } from '@typescript-eslint/utils';
import type { KnownValue } from '@trackplan/schema';
import { propertyKeyName, unwrap } from '../sdk/ast.js';
import { evaluate, type EvaluationEnvironment } from '../resolve/static-value.js';

export type { JsonType, KnownValue } from '@trackplan/schema';

export interface StaticEntry {
  readonly key: string;
  readonly keyNode: TSESTree.Node;
  readonly valueNode: TSESTree.Node;
  readonly value: KnownValue;
}

export interface StaticObject {
  readonly node: TSESTree.Node;
  readonly entries: readonly StaticEntry[];
  /** False when a spread or a computed key could add keys we cannot see. */
  readonly complete: boolean;
}

/** A date-time string standing for `new Date()`, which every SDK serialises that way. */
const DATE_SAMPLE = '2020-01-01T00:00:00.000Z';

const isUnbound = (node: TSESTree.Node, name: string, env: EvaluationEnvironment): boolean =>
  node.type === 'Identifier' && node.name === name && env.lookup(node) === undefined;

/** The value of one property, as far as it can be known statically. */
export function knownValue(node: TSESTree.Node, env: EvaluationEnvironment): KnownValue {
  const expr = unwrap(node);
  if (isUnbound(expr, 'undefined', env)) return { kind: 'absent' };
  if (expr.type === 'NewExpression' && isUnbound(expr.callee, 'Date', env)) return { kind: 'value', value: DATE_SAMPLE };
  if (expr.type === 'UnaryExpression') {
    if ((expr.operator === '-' || expr.operator === '+') && expr.argument.type === 'Literal' && typeof expr.argument.value === 'number') {
      return { kind: 'value', value: expr.operator === '-' ? -expr.argument.value : expr.argument.value };
    }
    if (expr.operator === '!') return { kind: 'type', type: 'boolean' };
    if (expr.operator === 'void') return { kind: 'absent' };
    if (expr.operator === 'typeof') return { kind: 'type', type: 'string' };
  }
  const value = evaluate(expr, env);
  if (value !== undefined) return { kind: 'value', value };
  switch (expr.type) {
    case 'TemplateLiteral':
      return { kind: 'type', type: 'string' };
    case 'BinaryExpression':
      if (['===', '!==', '==', '!=', '<', '>', '<=', '>=', 'instanceof', 'in'].includes(expr.operator)) return { kind: 'type', type: 'boolean' };
      if (['-', '*', '/', '%', '**'].includes(expr.operator)) return { kind: 'type', type: 'number' };
      return { kind: 'unknown' };
    case 'CallExpression': {
      const callee = unwrap(expr.callee);
      if (isUnbound(callee, 'String', env)) return { kind: 'type', type: 'string' };
      if (isUnbound(callee, 'Number', env)) return { kind: 'type', type: 'number' };
      if (isUnbound(callee, 'Boolean', env)) return { kind: 'type', type: 'boolean' };
      return { kind: 'unknown' };
    }
    case 'ObjectExpression':
      return { kind: 'type', type: 'object' };
    case 'ArrayExpression':
      return { kind: 'type', type: 'array' };
    default:
      return { kind: 'unknown' };
  }
}

/**
 * The keys and values of a properties object: an object literal at the call, or a const holding
 * one. Undefined when the object is built elsewhere (a parameter, a function's result).
 */
export function staticObject(node: TSESTree.Node, env: EvaluationEnvironment): StaticObject | undefined {
  let expr = unwrap(node);
  if (expr.type === 'Identifier') {
    const binding = env.lookup(expr);
    if (binding?.kind !== 'expression') return undefined;
    expr = unwrap(binding.node);
  }
  if (expr.type !== 'ObjectExpression') return undefined;
  const entries: StaticEntry[] = [];
  let complete = true;
  for (const property of expr.properties) {
    if (property.type === 'SpreadElement') {
      complete = false;
      continue;
    }
    const key = propertyKeyName(property);
    if (key === undefined) {
      complete = false;
      continue;
    }
    entries.push({ key, keyNode: property.key, valueNode: property.value, value: knownValue(property.value, env) });
  }
  return { node: expr, entries, complete };
}

/** The `(name, value)` form: `people.set('plan', 'pro')`. */
export function nameValueEntry(nameNode: TSESTree.Node, valueNode: TSESTree.Node | undefined, env: EvaluationEnvironment): StaticEntry | undefined {
  const name = evaluate(nameNode, env);
  if (typeof name !== 'string') return undefined;
  return { key: name, keyNode: nameNode, valueNode: valueNode ?? nameNode, value: valueNode ? knownValue(valueNode, env) : { kind: 'unknown' } };
}
