import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

/** The REST client the modules use (retry and throttling are behaviour, not API). */
export type GitHub = Octokit;

const GitHubClient = Octokit.plugin(retry, throttling);

export interface RequestLimits {
  /** How long one attempt may take, answer included. */
  readonly timeoutMs: number;
  /** How much time attempts that got no answer may add up to over the whole run, retries included. */
  readonly budgetMs: number;
  /** The longest rate-limit wait obeyed; a longer one fails the run with the reason. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = { timeoutMs: 30_000, budgetMs: 120_000, maxRetryAfterMs: 60_000 };

/**
 * Thrown when the API has not answered for the whole budget. Named AbortError on purpose: Octokit
 * passes such an error through untouched, so the retry plugin does not retry it again.
 */
export class GitHubTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AbortError';
  }
}

/**
 * fetch with a timeout per attempt, and a budget for a stall: from the first attempt that got no
 * answer, retries (which Octokit's retry plugin makes of a timeout, with waits between them) may go
 * on only until the budget is spent. An answer of any kind ends the stall.
 */
function boundedFetch(limits: RequestLimits): typeof fetch {
  let stalledSince: number | undefined;
  const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;
  const budgetSpent = () =>
    new GitHubTimeoutError(`the GitHub API gave no answer for ${seconds(limits.budgetMs)}, retries included (the http-budget input); giving up`);
  return async (input, init) => {
    const left = stalledSince === undefined ? limits.budgetMs : limits.budgetMs - (Date.now() - stalledSince);
    if (left <= 0) throw budgetSpent();
    const timeout = Math.min(limits.timeoutMs, left);
    const started = Date.now();
    try {
      const response = await fetch(input, { ...init, signal: AbortSignal.timeout(timeout) });
      // Read the body under the same timeout: headers then silence is a stall too.
      const body = await response.arrayBuffer();
      stalledSince = undefined;
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (e) {
      if ((e as Error).name !== 'TimeoutError') throw e;
      stalledSince ??= started;
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (timeout < limits.timeoutMs) throw budgetSpent();
      // A plain error: Octokit turns it into a 500, which the retry plugin retries.
      throw new Error(`${init?.method ?? 'GET'} ${new URL(url).pathname}: no answer within ${seconds(timeout)}`);
    }
  };
}

/**
 * Octokit against GITHUB_API_URL (GitHub Enterprise Server too), retrying 5xx answers and waiting
 * out primary and secondary rate limits a couple of times before giving up; every request bounded.
 */
export function createGitHubClient(token: string, baseUrl: string, log: (message: string) => void, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): GitHub {
  const willWait = (kind: string, retryAfter: number, options: { method: string; url: string }, retries: number, allowed: number): boolean => {
    if (retryAfter * 1000 > limits.maxRetryAfterMs) {
      log(
        `GitHub ${kind} on ${options.method} ${options.url} asks to wait ${retryAfter} s, longer than trackplan waits (${limits.maxRetryAfterMs / 1000} s); giving up`,
      );
      return false;
    }
    if (retries >= allowed) return false;
    log(`GitHub ${kind} on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
    return true;
  };
  return new GitHubClient({
    auth: token || undefined,
    baseUrl,
    userAgent: 'trackplan-action',
    request: { fetch: boundedFetch(limits) },
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    throttle: {
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) =>
        willWait('rate limit', retryAfter, options, retryCount, 2),
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) =>
        willWait('secondary rate limit', retryAfter, options, retryCount, 1),
    },
  });
}
