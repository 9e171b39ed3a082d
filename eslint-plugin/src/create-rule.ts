import { relative } from 'node:path';
import { applyDefault, RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import { formatMessage, type FindingData } from '@trackplan/schema';
import { planFileOf } from './file-analysis.js';
import { shadowsAnotherPlan } from './plan-state.js';

/** The docs of each rule live beside the plugin, one page per rule. */
export const RULE_DOCS_URL = 'https://github.com/trackplan/trackplan/blob/main/eslint-plugin/docs/rules';

export interface TrackplanRuleDocs {
  /** In `recommended`, and at which severity. */
  readonly recommended?: 'error' | 'warn';
  /** Uses type information (only in the `type-checked` config). */
  readonly requiresTypeChecking?: boolean;
}

const createNamedRule = RuleCreator<TrackplanRuleDocs>((name) => `${RULE_DOCS_URL}/${name}.md`);

/**
 * typescript-eslint's RuleCreator, with one change: the options merged with their defaults are
 * worked out once per distinct configured options, not once per file (RuleCreator deep-copies them
 * on every `create`, which on a 5,000-file run is a measurable share of the plugin's cost). Rules
 * never mutate their options, so sharing the merged object is safe.
 */
export const createRule: typeof createNamedRule = (spec) => {
  const rule = createNamedRule(spec);
  type Options = Parameters<typeof spec.create>[1];
  const defaults = (spec.meta.defaultOptions ?? []) as Options;
  // ESLint hands each file a new options array holding the same configured values: the last ones
  // are compared by identity (free), others remembered by content.
  let last: { raw: readonly unknown[]; options: Options } | undefined;
  const merged = new Map<string, Options>();
  const optionsFor = (raw: readonly unknown[]): Options => {
    if (last && sameValues(last.raw, raw)) return last.options;
    const key = raw.length === 0 ? '' : JSON.stringify(raw);
    let options = merged.get(key);
    if (!options) merged.set(key, (options = applyDefault(defaults, raw as typeof defaults) as Options));
    last = { raw, options };
    return options;
  };
  return {
    ...rule,
    create(context) {
      return spec.create(withPlanNamed(context, spec.meta.messages), optionsFor(context.options));
    },
  };
};

/**
 * In a repository with more than one plan, every report says which plan it was checked against:
 * the message gets ` [plan: packages/a/tracking-plan.yaml]`. Elsewhere the context is passed as is.
 */
function withPlanNamed<Context extends { report(descriptor: never): void; filename: string; cwd: string }>(
  context: Context,
  messages: Record<string, string>,
): Context {
  const planFile = planFileOf(context as never);
  if (!planFile || !shadowsAnotherPlan(planFile)) return context;
  const suffix = ` [plan: ${relative(context.cwd, planFile).split('\\').join('/') || planFile}]`;
  const report = (descriptor: { messageId?: string; data?: Record<string, unknown> }): void => {
    const { messageId, ...rest } = descriptor;
    const template = messageId === undefined ? undefined : messages[messageId];
    if (template === undefined) {
      context.report(descriptor as never);
      return;
    }
    const message = formatMessage(template, (descriptor.data ?? {}) as FindingData);
    context.report({ ...rest, message: `${message}${suffix}` } as never);
  };
  return Object.create(context, { report: { value: report } }) as Context;
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Every rule can report an unusable plan (missing, unreadable, invalid): whichever trackplan rules a
 * config enables, the first to meet it in a file says it, so no combination of rules is silent.
 */
export const PLAN_PROBLEM_MESSAGES = { planProblem: 'trackplan: {{problem}}' } as const;
export type PlanProblemMessageId = keyof typeof PLAN_PROBLEM_MESSAGES;
