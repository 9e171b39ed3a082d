import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@typescript-eslint/utils/ast-utils';
import type { Tracker } from '@trackplan/schema';
import { rootIdentifier, unwrap } from './ast.js';

/** `./lib/analytics.ts`, `../lib/analytics`, `@/lib/analytics` all end in `lib/analytics`. */
const normalizeModule = (specifier: string): string =>
  specifier
    .replace(/^(\.\.?\/)+/, '')
    .replace(/\.(m|c)?[jt]sx?$/, '')
    .replace(/\/index$/, '');

/** Does an import of `source` satisfy a tracker's `from`? The same module, however the path is written. */
export function moduleMatches(source: string, from: string): boolean {
  const wanted = normalizeModule(from);
  const actual = normalizeModule(source);
  return actual === wanted || actual.endsWith(`/${wanted}`);
}

/**
 * Does the callee's root binding come from where the tracker says: imported from the `from`
 * module, or returned by a call to the `from` hook (`const analytics = useAnalytics()`)?
 */
export function comesFrom(callee: TSESTree.Node, from: string, scopeOf: (node: TSESTree.Node) => TSESLint.Scope.Scope): boolean {
  const root = rootIdentifier(callee);
  if (!root) return false;
  const variable = findVariable(scopeOf(root), root);
  const def = variable?.defs[0];
  if (!def) return false;
  if (def.type === 'ImportBinding') return moduleMatches((def.parent as TSESTree.ImportDeclaration).source.value, from);
  if (def.type === 'Variable' && def.node.init) {
    let init = unwrap(def.node.init);
    if (init.type === 'AwaitExpression') init = unwrap(init.argument);
    if (init.type === 'CallExpression') {
      const hook = unwrap(init.callee);
      if (hook.type === 'Identifier' && hook.name === from) return true;
    }
  }
  return false;
}

/** Trackers indexed by callee path, for a cheap look-up per call. */
export function indexTrackers(trackers: readonly Tracker[]): ReadonlyMap<string, readonly Tracker[]> {
  const byCallee = new Map<string, Tracker[]>();
  for (const tracker of trackers) byCallee.set(tracker.callee, [...(byCallee.get(tracker.callee) ?? []), tracker]);
  return byCallee;
}
