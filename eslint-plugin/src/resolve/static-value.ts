import type { TSESTree } from '@typescript-eslint/utils';
import { memberName, propertyKeyName, unwrap } from '../sdk/ast.js';

/** A value known without running the code: what constants objects and enums hold. */
export type StaticValue = string | number | boolean | null | readonly StaticValue[] | { readonly [key: string]: StaticValue };

/** What a name in code refers to, as far as evaluation needs to know. */
export type Binding =
  | { readonly kind: 'expression'; readonly node: TSESTree.Node }
  | { readonly kind: 'enum'; readonly node: TSESTree.TSEnumDeclaration }
  | { readonly kind: 'import'; readonly source: string; readonly name: string; readonly fromFile: string }
  /** A parameter annotated with a type imported from a module: `(posthog: PostHog)`. Holds no constant. */
  | { readonly kind: 'typed'; readonly source: string; readonly name: string };

/** Where evaluation gets bindings and imported values: the linted file's scopes, or a module's top level. */
export interface EvaluationEnvironment {
  lookup(identifier: TSESTree.Identifier): Binding | undefined;
  importValue(source: string, name: string, fromFile: string): StaticValue | undefined;
}

const MAX_DEPTH = 24;
/** Nodes one evaluation may visit, across every module it reads: code a pull request controls is bounded. */
export const MAX_EVALUATION_STEPS = 20_000;
/** The longest string an evaluation builds (`a + a` doubled thirty times would be a gigabyte). */
const MAX_STRING_LENGTH = 10_000;

/** The budget of the evaluation under way: shared by the nested evaluations of imported modules. */
let budget: { steps: number } | undefined;

/** Spends one step of the evaluation under way; false once its budget is gone (the answer is then "unknown"). */
export function spendStep(): boolean {
  return budget === undefined || --budget.steps >= 0;
}

/** True while the evaluation under way has run out of budget: what it found is partial and must not be kept. */
export const evaluationExhausted = (): boolean => budget !== undefined && budget.steps < 0;

/**
 * Evaluates the constant expressions event names are written with: string literals, template
 * literals of constants, `as const` objects (nested), enums, and constants imported from other
 * modules. Anything that depends on run time evaluates to undefined: never guessed. So does anything
 * past the evaluation's budget (depth, steps, string length): unknown, never a hang.
 */
export function evaluate(node: TSESTree.Node, env: EvaluationEnvironment, depth = 0): StaticValue | undefined {
  if (budget !== undefined) return evaluateNode(node, env, depth);
  budget = { steps: MAX_EVALUATION_STEPS };
  try {
    const value = evaluateNode(node, env, depth);
    return budget.steps < 0 ? undefined : value;
  } finally {
    budget = undefined;
  }
}

function evaluateNode(node: TSESTree.Node, env: EvaluationEnvironment, depth: number): StaticValue | undefined {
  if (depth > MAX_DEPTH || !spendStep()) return undefined;
  const expr = unwrap(node);
  const next = (n: TSESTree.Node): StaticValue | undefined => evaluateNode(n, env, depth + 1);
  switch (expr.type) {
    case 'Literal':
      return typeof expr.value === 'string' || typeof expr.value === 'number' || typeof expr.value === 'boolean' || expr.value === null
        ? expr.value
        : undefined;
    case 'TemplateLiteral': {
      let text = expr.quasis[0]!.value.cooked ?? '';
      for (const [i, part] of expr.expressions.entries()) {
        const value = next(part);
        if (typeof value !== 'string' && typeof value !== 'number') return undefined;
        text += String(value) + (expr.quasis[i + 1]!.value.cooked ?? '');
        if (text.length > MAX_STRING_LENGTH) return undefined;
      }
      return text;
    }
    case 'BinaryExpression': {
      if (expr.operator !== '+') return undefined;
      const left = next(expr.left);
      const right = next(expr.right);
      if (typeof left !== 'string' || (typeof right !== 'string' && typeof right !== 'number')) return undefined;
      return left.length + String(right).length > MAX_STRING_LENGTH ? undefined : left + String(right);
    }
    case 'Identifier': {
      const binding = env.lookup(expr);
      if (!binding) return undefined;
      if (binding.kind === 'expression') return next(binding.node);
      if (binding.kind === 'enum') return enumValue(binding.node, env, depth + 1);
      if (binding.kind === 'typed') return undefined;
      return env.importValue(binding.source, binding.name, binding.fromFile);
    }
    case 'MemberExpression': {
      const object = next(expr.object);
      const key = expr.computed ? next(expr.property) : memberName(expr);
      if (object === undefined || object === null || typeof object !== 'object' || (typeof key !== 'string' && typeof key !== 'number')) return undefined;
      return (object as Record<string, StaticValue>)[String(key)];
    }
    case 'ObjectExpression': {
      const result: Record<string, StaticValue> = {};
      for (const property of expr.properties) {
        if (property.type === 'SpreadElement') {
          const spread = next(property.argument);
          if (spread && typeof spread === 'object' && !Array.isArray(spread)) Object.assign(result, spread);
          continue;
        }
        const key = property.computed && property.key.type !== 'Literal' ? next(property.key) : propertyKeyName(property);
        const value = next(property.value);
        if ((typeof key === 'string' || typeof key === 'number') && value !== undefined) result[String(key)] = value;
      }
      return result;
    }
    case 'ArrayExpression': {
      const items: StaticValue[] = [];
      for (const element of expr.elements) {
        const value = element && element.type !== 'SpreadElement' ? next(element) : undefined;
        if (value === undefined) return undefined;
        items.push(value);
      }
      return items;
    }
    default:
      return undefined;
  }
}

/** A TypeScript enum as an object of its members (string enums, and numbers counting up). */
function enumValue(node: TSESTree.TSEnumDeclaration, env: EvaluationEnvironment, depth: number): StaticValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const result: Record<string, StaticValue> = {};
  let counter = 0;
  const members = node.body.members;
  for (const member of members) {
    const name = member.id.type === 'Identifier' ? member.id.name : member.id.value;
    const value = member.initializer ? evaluateNode(member.initializer, env, depth + 1) : counter;
    if (value === undefined) continue;
    result[name] = value;
    if (typeof value === 'number') counter = value + 1;
  }
  return result;
}

/**
 * The event names an expression can be: one for a constant, several for `cond ? 'A' : 'B'`;
 * undefined when any branch depends on run time.
 */
export function possibleStrings(node: TSESTree.Node, env: EvaluationEnvironment, depth = 0): string[] | undefined {
  const expr = unwrap(node);
  if (expr.type === 'ConditionalExpression' && depth < 8) {
    const a = possibleStrings(expr.consequent, env, depth + 1);
    const b = possibleStrings(expr.alternate, env, depth + 1);
    return a && b ? [...new Set([...a, ...b])] : undefined;
  }
  const value = evaluate(expr, env);
  return typeof value === 'string' ? [value] : undefined;
}
