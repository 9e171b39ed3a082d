import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@typescript-eslint/utils/ast-utils';
import type { IdPart } from '@trackplan/schema';
import { propertyKeyName, unwrap } from '../sdk/ast.js';

type ScopeOf = (node: TSESTree.Node) => TSESLint.Scope.Scope;

/** How far a value is followed through constants and calls: ids are read a few steps from their source. */
const MAX_DEPTH = 6;

/**
 * What a user id is made from, in the order the code shows it, for stable-identity to judge: the
 * strings it contains, the names it reads (`user.email` → `email`), and, through a constant, what
 * the constant holds (`const id = user.email`, `const { email: id } = user`), `email.toLowerCase()`
 * and `String(user.email)`.
 */
export function idParts(node: TSESTree.Node, scopeOf: ScopeOf, depth = 0): IdPart[] {
  if (depth > MAX_DEPTH) return [];
  const expr = unwrap(node);
  switch (expr.type) {
    case 'Literal':
      return typeof expr.value === 'string' ? [{ kind: 'string', value: expr.value }] : [];
    case 'TemplateLiteral':
      return [
        ...expr.quasis.map((q): IdPart => ({ kind: 'string', value: q.value.cooked ?? '' })),
        ...expr.expressions.flatMap((part) => idParts(part, scopeOf, depth + 1)),
      ];
    case 'MemberExpression':
      return !expr.computed && expr.property.type === 'Identifier' ? [{ kind: 'name', name: expr.property.name }] : [];
    case 'Identifier':
      return [{ kind: 'name', name: expr.name }, ...constantParts(expr, scopeOf, depth)];
    case 'CallExpression': {
      const callee = unwrap(expr.callee);
      if (callee.type === 'MemberExpression') return idParts(callee.object, scopeOf, depth + 1);
      const [first] = expr.arguments;
      return first && first.type !== 'SpreadElement' ? idParts(first, scopeOf, depth + 1) : [];
    }
    default:
      return [];
  }
}

/** Where a variable's value comes from: its initialiser, or the key it was destructured from. */
function constantParts(identifier: TSESTree.Identifier, scopeOf: ScopeOf, depth: number): IdPart[] {
  const def = findVariable(scopeOf(identifier), identifier)?.defs[0];
  if (def?.type !== 'Variable') return [];
  if (def.node.id.type === 'Identifier' && def.node.init) return idParts(def.node.init, scopeOf, depth + 1);
  if (def.node.id.type === 'ObjectPattern') {
    const property = def.node.id.properties.find(
      (p): p is TSESTree.Property =>
        p.type === 'Property' && unwrap(p.value).type === 'Identifier' && (unwrap(p.value) as TSESTree.Identifier).name === identifier.name,
    );
    const key = property && propertyKeyName(property);
    return key !== undefined ? [{ kind: 'name', name: key }] : [];
  }
  return [];
}
