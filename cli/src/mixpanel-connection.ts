import { maskUrl, MIXPANEL_HOSTS, REQUEST_LIMITS, type MixpanelConnection, type MixpanelRegion } from './mixpanel/mixpanel-client.js';
import { UsageError } from './cli-io.js';

export const MIXPANEL_OPTIONS = {
  'project-id': { type: 'string' },
  region: { type: 'string' },
} as const;

export const MIXPANEL_HELP = `Mixpanel:
  --project-id ID   the project (or MIXPANEL_PROJECT_ID)
  --region R        us (default), eu or in: the project's data residency
  Credentials come from the environment, never from arguments: a service account in
  MIXPANEL_SERVICE_ACCOUNT_USERNAME and MIXPANEL_SERVICE_ACCOUNT_SECRET, the project token in
  MIXPANEL_PROJECT_TOKEN (profile updates). MIXPANEL_API_URL and MIXPANEL_INGESTION_URL point at
  other hosts.
  Every request has a timeout: TRACKPLAN_HTTP_TIMEOUT seconds an attempt (default 30), and
  TRACKPLAN_HTTP_BUDGET seconds a request with its retries (default 120). Retry-After is obeyed
  up to 60 s; a server asking for longer ends the command with that message.`;

/** The connection from options and the environment; says which variable is missing, never a secret's value. */
export function mixpanelConnection(
  values: { 'project-id'?: string; region?: string },
  env: NodeJS.ProcessEnv,
  needs: { token?: boolean } = {},
): MixpanelConnection {
  const region = (values.region ?? env.MIXPANEL_REGION ?? 'us') as MixpanelRegion;
  if (!(region in MIXPANEL_HOSTS)) throw new UsageError(`--region must be us, eu or in (got \`${region}\`)`);
  const projectId = values['project-id'] ?? env.MIXPANEL_PROJECT_ID;
  if (!projectId) throw new UsageError('no Mixpanel project: pass --project-id or set MIXPANEL_PROJECT_ID');
  if (!/^\d+$/.test(projectId)) throw new UsageError(`--project-id must be a number (got \`${projectId}\`)`);
  const username = env.MIXPANEL_SERVICE_ACCOUNT_USERNAME;
  const secret = env.MIXPANEL_SERVICE_ACCOUNT_SECRET;
  if (!username || !secret) throw new UsageError('no Mixpanel service account: set MIXPANEL_SERVICE_ACCOUNT_USERNAME and MIXPANEL_SERVICE_ACCOUNT_SECRET');
  const token = env.MIXPANEL_PROJECT_TOKEN;
  if (needs.token && !token) throw new UsageError('profile updates need the project token: set MIXPANEL_PROJECT_TOKEN');
  return {
    projectId,
    apiUrl: hostUrl('MIXPANEL_API_URL', env.MIXPANEL_API_URL ?? MIXPANEL_HOSTS[region].api),
    ingestionUrl: hostUrl('MIXPANEL_INGESTION_URL', env.MIXPANEL_INGESTION_URL ?? MIXPANEL_HOSTS[region].ingestion),
    username,
    secret,
    token,
  };
}

/** A host URL from the environment: an http(s) URL without credentials (they go in the service-account variables). */
function hostUrl(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${variable} is not a URL (got \`${maskUrl(value)}\`)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${variable} must be an http(s) URL (got \`${maskUrl(value)}\`)`);
  if (url.username || url.password)
    throw new UsageError(
      `${variable} must not contain credentials (got \`${maskUrl(value)}\`); use MIXPANEL_SERVICE_ACCOUNT_USERNAME and MIXPANEL_SERVICE_ACCOUNT_SECRET`,
    );
  return value.replace(/\/$/, '');
}

/** Seconds from the environment, as milliseconds; a value that is not a positive number is a usage error. */
function seconds(env: NodeJS.ProcessEnv, variable: string, fallbackMs: number): number {
  const value = env[variable];
  if (value === undefined || value === '') return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${variable} must be a number of seconds above 0 (got \`${value}\`)`);
  return n * 1000;
}

/** Network and test knobs, from the environment. */
export const clientTuning = (env: NodeJS.ProcessEnv) => ({
  retryBaseMs: env.TRACKPLAN_RETRY_BASE_MS ? Number(env.TRACKPLAN_RETRY_BASE_MS) : 1000,
  rateWindowMs: env.TRACKPLAN_RATE_WINDOW_MS ? Number(env.TRACKPLAN_RATE_WINDOW_MS) : 60_000,
  timeoutMs: seconds(env, 'TRACKPLAN_HTTP_TIMEOUT', REQUEST_LIMITS.timeoutMs),
  budgetMs: seconds(env, 'TRACKPLAN_HTTP_BUDGET', REQUEST_LIMITS.budgetMs),
});
