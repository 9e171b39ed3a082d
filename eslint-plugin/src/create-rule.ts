import { ESLintUtils } from '@typescript-eslint/utils';

/** The docs of each rule live beside the plugin, one page per rule. */
export const RULE_DOCS_URL = 'https://github.com/trackplan/trackplan/blob/main/eslint-plugin/docs/rules';

export interface TrackplanRuleDocs {
  /** In `recommended`, and at which severity. */
  readonly recommended?: 'error' | 'warn';
  /** Uses type information (only in the `type-checked` config). */
  readonly requiresTypeChecking?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<TrackplanRuleDocs>((name) => `${RULE_DOCS_URL}/${name}.md`);
