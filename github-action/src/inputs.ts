import { FAIL_ON, type FailOn } from '@trackplan/schema';
import { ActionError } from './action-error.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './github-client.js';

export interface ActionInputs {
  /** Plan files, relative to the repository root. */
  readonly plans: readonly string[];
  readonly token: string;
  readonly failOn: FailOn;
  readonly comment: boolean;
  /** Globs of files searched for call sites; empty: every tracked file. */
  readonly usages: readonly string[];
  readonly commentAuthor: string | undefined;
  /** Find JS/TS call sites with the plugin's recognition (false: text search everywhere). */
  readonly recognizeCalls: boolean;
  /** Check the tracking calls on the lines the pull request changes, and annotate the findings. */
  readonly check: boolean;
  /** Bounds on every GitHub API request. */
  readonly requestLimits: RequestLimits;
  /** The folder to write the catalog site into (relative to the workspace), when asked for. */
  readonly catalog: string | undefined;
  /** How many commits that changed the plan the catalog shows. */
  readonly catalogHistory: number;
}

/** A number of seconds above 0, as milliseconds. */
function seconds(name: string, value: string, fallbackMs: number): number {
  if (value === '') return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new ActionError(`${name} must be a number of seconds above 0 (got \`${value}\`)`);
  return n * 1000;
}

const lines = (value: string): string[] =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The action's inputs, read through `getInput` (the runner passes them as INPUT_* variables). */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const failOn = getInput('fail-on') || 'breaking';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new ActionError(`fail-on must be breaking, dangerous or none (got \`${failOn}\`)`);
  const comment = (getInput('comment') || 'true').toLowerCase();
  if (!['true', 'false'].includes(comment)) throw new ActionError(`comment must be true or false (got \`${comment}\`)`);
  const recognizeCalls = (getInput('recognize-calls') || 'true').toLowerCase();
  if (!['true', 'false'].includes(recognizeCalls)) throw new ActionError(`recognize-calls must be true or false (got \`${recognizeCalls}\`)`);
  const check = (getInput('check') || 'false').toLowerCase();
  if (!['true', 'false'].includes(check)) throw new ActionError(`check must be true or false (got \`${check}\`)`);
  const plans = lines(getInput('plan'));
  const catalogHistory = Number(getInput('catalog-history') || '20');
  if (!Number.isInteger(catalogHistory) || catalogHistory < 0 || catalogHistory > 500)
    throw new ActionError(`catalog-history must be a whole number from 0 to 500 (got \`${getInput('catalog-history')}\`)`);
  return {
    plans: plans.length > 0 ? plans : ['tracking-plan.yaml'],
    token: getInput('github-token'),
    failOn: failOn as FailOn,
    comment: comment === 'true',
    usages: lines(getInput('usages')),
    commentAuthor: getInput('comment-author') || undefined,
    recognizeCalls: recognizeCalls === 'true',
    check: check === 'true',
    catalog: getInput('catalog').trim() || undefined,
    catalogHistory,
    requestLimits: {
      ...DEFAULT_REQUEST_LIMITS,
      timeoutMs: seconds('http-timeout', getInput('http-timeout'), DEFAULT_REQUEST_LIMITS.timeoutMs),
      budgetMs: seconds('http-budget', getInput('http-budget'), DEFAULT_REQUEST_LIMITS.budgetMs),
    },
  };
}
