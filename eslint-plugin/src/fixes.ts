import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { unwrap } from './sdk/ast.js';

/**
 * A fix that rewrites a string literal written in place (`'User Signs Up'`, `` `User Signs Up` ``)
 * to `value`, keeping its quote style. Undefined when the text comes from elsewhere (a constant),
 * where rewriting the call would be wrong.
 */
export function replaceStringLiteral(node: TSESTree.Node, value: string): TSESLint.ReportFixFunction | undefined {
  const literal = unwrap(node);
  if (literal.type === 'Literal' && typeof literal.value === 'string') {
    const quote = literal.raw.startsWith('"') ? '"' : "'";
    const text = quote + value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`) + quote;
    return (fixer) => fixer.replaceText(literal, text);
  }
  if (literal.type === 'TemplateLiteral' && literal.expressions.length === 0) {
    return (fixer) => fixer.replaceText(literal, `\`${value.replace(/[\\`$]/g, '\\$&')}\``);
  }
  return undefined;
}
