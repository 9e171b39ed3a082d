// What the GitHub Action uses of `trackplan check`: the same checks over the files a pull request changes.
export { checkSources, LANGUAGES, SCRIPT_EXTENSIONS, type CheckFinding, type CheckResult, type RuleSetting } from './check-sources.js';
export { ruleSettings, type RuleInfo } from './rule-settings.js';
