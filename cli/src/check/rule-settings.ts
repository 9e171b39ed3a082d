import type { TrackingPlan } from '@trackplan/schema';
import type { RuleSetting } from './check-sources.js';

/** What SARIF and the action say of each rule: its description and documentation page. */
export interface RuleInfo {
  readonly name: string;
  readonly description: string;
  readonly url: string;
}

/**
 * Each rule's severity for a run: the `recommended` config's (from the plugin's rule metadata), then
 * the plan's `check.rules`, then `overrides` (`--rule NAME=LEVEL`), in that order.
 */
export async function ruleSettings(
  plan: TrackingPlan | undefined,
  overrides: Readonly<Record<string, RuleSetting>> = {},
): Promise<{ rules: Record<string, RuleSetting>; info: RuleInfo[] }> {
  // The rules alone (not the plugin's entry, which reads its package.json: not there in a bundle).
  const { rules } = await import('eslint-plugin-trackplan/rules');
  const recommended: Record<string, RuleSetting> = Object.fromEntries(
    Object.entries(rules).map(([name, rule]): [string, RuleSetting] => [name, rule.meta.docs?.recommended ?? 'off']),
  );
  const info = Object.entries(rules).map(([name, rule]) => ({ name, description: rule.meta.docs?.description ?? name, url: rule.meta.docs?.url ?? '' }));
  return { rules: { ...recommended, ...plan?.check.rules, ...overrides }, info };
}
