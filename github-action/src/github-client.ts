import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

/** The REST client the modules use (retry and throttling are behaviour, not API). */
export type GitHub = Octokit;

const GitHubClient = Octokit.plugin(retry, throttling);

/**
 * Octokit against GITHUB_API_URL (GitHub Enterprise Server too), retrying 5xx answers and waiting
 * out primary and secondary rate limits a couple of times before giving up.
 */
export function createGitHubClient(token: string, baseUrl: string, log: (message: string) => void): GitHub {
  return new GitHubClient({
    auth: token || undefined,
    baseUrl,
    userAgent: 'trackplan-action',
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    throttle: {
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        log(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        log(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
        return retryCount < 1;
      },
    },
  }) as unknown as GitHub;
}
