import { readFileSync } from 'node:fs';
import { ActionError } from './action-error.js';

/** The pull request the action runs for, from the runner's environment and event payload. */
export interface PullRequestContext {
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  readonly baseSha: string;
  readonly headSha: string;
  /** The checkout: where git reads the plans and the code. */
  readonly workspace: string;
  /** GITHUB_API_URL, so GitHub Enterprise Server works. */
  readonly apiUrl: string;
}

interface PullRequestEvent {
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
}

/** Whether the run is for a pull request: anything else (a push to the default branch) only publishes the catalog. */
export function isPullRequestRun(env: NodeJS.ProcessEnv): boolean {
  if (!env.GITHUB_EVENT_PATH) return false;
  try {
    return (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestEvent).pull_request !== undefined;
  } catch {
    return false;
  }
}

export function readRunnerContext(env: NodeJS.ProcessEnv): PullRequestContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new ActionError('GITHUB_REPOSITORY is not set: run trackplan as a step of a GitHub Actions workflow');
  if (!env.GITHUB_EVENT_PATH) throw new ActionError('GITHUB_EVENT_PATH is not set: run trackplan as a step of a GitHub Actions workflow');
  let event: PullRequestEvent;
  try {
    event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestEvent;
  } catch (e) {
    throw new ActionError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(e as Error).message}`);
  }
  const pr = event.pull_request;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha) {
    throw new ActionError(
      `trackplan runs on pull_request events (this is ${env.GITHUB_EVENT_NAME ?? 'another event'}); add \`on: pull_request\` to the workflow`,
    );
  }
  return {
    owner,
    repo,
    pullNumber: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
  };
}
