import { createRequire } from 'node:module';
import { callerFolder, planHash, resolvePlanPath } from './plan-config.js';
import { rules, type RuleName } from './rules/index.js';
import type { TrackplanSettings } from './settings.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type Severity = 'error' | 'warn';
type RuleEntry = Severity | [Severity, { typeAware: boolean }];

export type PresetName = 'recommended' | 'strict' | 'type-checked';
const PRESET_NAMES: readonly PresetName[] = ['recommended', 'strict', 'type-checked'];

/**
 * A flat config as trackplan builds it. Typed with only what it sets, so that ESLint's
 * `defineConfig([...])`, `Linter.Config[]` and typescript-eslint's `tseslint.config(...)` all accept
 * it under `--strict` (their own config types are not assignable to each other).
 */
export interface TrackplanConfig {
  name: string;
  plugins: { trackplan: TrackplanPlugin };
  rules: Record<string, RuleEntry>;
  settings?: { trackplan: TrackplanSettings };
}

/** A `file:` URL, as `new URL('./tracking-plan.yaml', import.meta.url)` gives (typed without DOM or Node types). */
export interface FileUrl {
  readonly href: string;
  readonly protocol: string;
}

export interface PlanConfigOptions extends Omit<TrackplanSettings, 'plan' | 'planHash'> {
  /** The plan file: a path relative to the config file that calls `trackplan.config()`, an absolute path, or a `file:` URL. */
  readonly plan: string | FileUrl;
  /** Which rule set: recommended (default), strict, or type-checked. */
  readonly preset?: PresetName;
}

/**
 * A rule as the plugin publishes it: what ESLint's and typescript-eslint's plugin types both accept
 * (each rule is built with typescript-eslint's RuleCreator; its precise type is not assignable to
 * ESLint's own rule type, whose context type differs).
 */
export interface TrackplanRule {
  meta: {
    type: 'problem' | 'suggestion' | 'layout';
    docs?: { description: string; url?: string; recommended?: 'error' | 'warn'; requiresTypeChecking?: boolean };
    fixable?: 'code' | 'whitespace';
    hasSuggestions?: boolean;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the loose context typescript-eslint's own plugin type uses
  create(context: any): Record<string, ((...args: any[]) => void) | undefined>;
}

export interface TrackplanPlugin {
  meta: { name: string; version: string };
  rules: Record<RuleName, TrackplanRule>;
  configs: Record<PresetName, TrackplanConfig>;
  /**
   * A config for one plan: the preset's rules with the plan's absolute path and a content hash in
   * `settings.trackplan`, so `eslint --cache` re-lints when the plan changes.
   */
  config(options: PlanConfigOptions): TrackplanConfig;
}

const ruleNames = Object.keys(rules) as RuleName[];
/** The rules whose behaviour changes with type information, behind their `typeAware` option. */
const isTypeAware = (rule: RuleName): boolean => (rules[rule].meta.defaultOptions as [{ typeAware?: boolean }?] | undefined)?.[0]?.typeAware !== undefined;
const entries = (pick: (rule: RuleName) => RuleEntry | undefined): TrackplanConfig['rules'] =>
  Object.fromEntries(
    ruleNames.flatMap((rule): [string, RuleEntry][] => {
      const entry = pick(rule);
      return entry === undefined ? [] : [[`trackplan/${rule}`, entry]];
    }),
  );

// Built from each rule's metadata, the one source: `meta.docs.recommended` and the `typeAware` option.
const PRESET_RULES: Record<PresetName, TrackplanConfig['rules']> = {
  /** The plan's truth as errors, deprecations as warnings, dynamic names allowed. */
  recommended: entries((rule) => rules[rule].meta.docs?.recommended),
  /** Every rule, every one an error. */
  strict: entries(() => 'error'),
  /** strict, with the type-aware behaviour switched on (needs parserOptions.projectService or project). */
  'type-checked': entries((rule) => (isTypeAware(rule) ? ['error', { typeAware: true }] : 'error')),
};

const plugin: TrackplanPlugin = {
  meta: { name, version },
  // The published rule type is looser than RuleCreator's (see TrackplanRule): the same objects.
  rules: rules as unknown as TrackplanPlugin['rules'],
  configs: {} as Record<PresetName, TrackplanConfig>,
  config({ plan, preset = 'recommended', ...settings }) {
    // A misspelt preset would spread `undefined` and turn every rule off: a silent pass.
    if (!PRESET_NAMES.includes(preset))
      throw new Error(`trackplan.config(): unknown preset \`${preset}\`; use one of ${PRESET_NAMES.map((p) => `\`${p}\``).join(', ')}`);
    const file = resolvePlanPath(typeof plan === 'string' ? plan : plan.href, callerFolder());
    return {
      ...plugin.configs[preset],
      name: `trackplan/${preset}+plan`,
      settings: { trackplan: { ...settings, plan: file, planHash: planHash(file) } },
    };
  },
};
for (const preset of PRESET_NAMES) plugin.configs[preset] = { name: `trackplan/${preset}`, plugins: { trackplan: plugin }, rules: PRESET_RULES[preset] };

export default plugin;
// `require('eslint-plugin-trackplan')` in a CommonJS config gets the plugin itself, not a namespace
// with a `.default` (Node's require of an ES module honours this export name).
export { plugin as 'module.exports' };
export { rules };
export type { TrackplanSettings };
