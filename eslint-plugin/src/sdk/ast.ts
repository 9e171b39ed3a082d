import type { TSESTree } from '@typescript-eslint/utils';

/** Strips what does not change a value: parentheses are already gone; `as`, `!`, `satisfies`, `?.`. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
        current = current.expression;
        break;
      case 'ChainExpression':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The name of a member expression's property when it is written statically: `a.b`, `a['b']`. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.computed && node.property.type === 'Literal' && typeof node.property.value === 'string') return node.property.value;
  return undefined;
}

/** `analytics.capture` for `analytics.capture(...)`; undefined for anything not a plain name path. */
export function calleePath(node: TSESTree.Node): string | undefined {
  const callee = unwrap(node);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') {
    const name = memberName(callee);
    const object = calleePath(callee.object);
    return name !== undefined && object !== undefined ? `${object}.${name}` : undefined;
  }
  if (callee.type === 'ThisExpression') return 'this';
  return undefined;
}

/** The identifier a member chain starts from: `analytics` in `analytics.people.set`. */
export function rootIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  const current = unwrap(node);
  if (current.type === 'Identifier') return current;
  if (current.type === 'MemberExpression') return rootIdentifier(current.object);
  return undefined;
}

/** The static name of an object literal's key: `a`, `'a'`, `1`, `['a']`. */
export function propertyKeyName(property: TSESTree.Property): string | undefined {
  const { key } = property;
  if (!property.computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0]!.value.cooked ?? undefined;
  return undefined;
}
