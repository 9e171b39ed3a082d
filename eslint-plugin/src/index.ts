import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { callerFolder, planHash, resolvePlanPath } from './plan-config.js';
import { rules, type RuleName } from './rules/index.js';
import type { TrackplanSettings } from './settings.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type Severity = 'error' | 'warn';
type RulesConfig = Partial<Record<`trackplan/${RuleName}`, Severity | [Severity, { typeAware: boolean }]>>;
type FlatConfig = TSESLint.FlatConfig.Config;

/** recommended: the plan's truth as errors, deprecations as warnings, dynamic names allowed. */
const RECOMMENDED: RulesConfig = {
  'trackplan/known-event': 'error',
  'trackplan/valid-properties': 'error',
  'trackplan/event-in-product': 'error',
  'trackplan/people-ownership': 'error',
  'trackplan/stable-identity': 'error',
  'trackplan/server-people-modifiers': 'error',
  'trackplan/no-deprecated-event': 'warn',
};

/** strict: every rule, every one an error. */
const STRICT: RulesConfig = Object.fromEntries(Object.keys(rules).map((rule) => [`trackplan/${rule}`, 'error'])) as RulesConfig;

/** The rules whose behaviour changes with type information, behind their `typeAware` option. */
const TYPE_AWARE_RULES: readonly RuleName[] = ['known-event', 'valid-properties', 'no-deprecated-event', 'no-dynamic-event', 'event-in-product'];

/** type-checked: strict, with the type-aware behaviour switched on. */
const TYPE_CHECKED: RulesConfig = { ...STRICT, ...Object.fromEntries(TYPE_AWARE_RULES.map((rule) => [`trackplan/${rule}`, ['error', { typeAware: true }]])) };

export type PresetName = 'recommended' | 'strict' | 'type-checked';
const PRESET_NAMES: readonly PresetName[] = ['recommended', 'strict', 'type-checked'];

export interface PlanConfigOptions extends Omit<TrackplanSettings, 'plan' | 'planHash'> {
  /** The plan file: a path relative to the config file that calls `trackplan.config()`, an absolute path, or a `URL`. */
  readonly plan: string | URL;
  /** Which rule set: recommended (default), strict, or type-checked. */
  readonly preset?: PresetName;
}

const plugin = {
  meta: { name, version },
  rules,
  configs: {} as Record<'recommended' | 'strict' | 'type-checked', FlatConfig>,
  /**
   * A config for one plan: the recommended (or strict) rules with the plan's absolute path and a
   * content hash in `settings.trackplan`, so `eslint --cache` re-lints when the plan changes.
   */
  config({ plan, preset = 'recommended', ...settings }: PlanConfigOptions): FlatConfig {
    // A misspelt preset would spread `undefined` and turn every rule off: a silent pass.
    if (!PRESET_NAMES.includes(preset)) throw new Error(`trackplan.config(): unknown preset \`${String(preset)}\`; use one of ${PRESET_NAMES.map((p) => `\`${p}\``).join(', ')}`);
    const file = resolvePlanPath(plan, callerFolder());
    return {
      ...plugin.configs[preset],
      name: `trackplan/${preset}+plan`,
      settings: { trackplan: { ...settings, plan: file, planHash: planHash(file) } },
    };
  },
};

plugin.configs.recommended = { name: 'trackplan/recommended', plugins: { trackplan: plugin as unknown as TSESLint.FlatConfig.Plugin }, rules: RECOMMENDED };
plugin.configs.strict = { name: 'trackplan/strict', plugins: { trackplan: plugin as unknown as TSESLint.FlatConfig.Plugin }, rules: STRICT };
// Needs type information: parserOptions.projectService (or project) in the user's config.
plugin.configs['type-checked'] = { name: 'trackplan/type-checked', plugins: { trackplan: plugin as unknown as TSESLint.FlatConfig.Plugin }, rules: TYPE_CHECKED };

export default plugin;
export { rules };
export type { TrackplanSettings };
