import type { LexiconEntry } from './lexicon-payload.js';

export type MixpanelRegion = 'us' | 'eu' | 'in';

/** Where Mixpanel's APIs are for each data-residency region. */
export const MIXPANEL_HOSTS: Readonly<Record<MixpanelRegion, { api: string; ingestion: string }>> = {
  us: { api: 'https://mixpanel.com/api', ingestion: 'https://api.mixpanel.com' },
  eu: { api: 'https://eu.mixpanel.com/api', ingestion: 'https://api-eu.mixpanel.com' },
  in: { api: 'https://in.mixpanel.com/api', ingestion: 'https://api-in.mixpanel.com' },
};

export interface MixpanelConnection {
  readonly projectId: string;
  readonly apiUrl: string;
  readonly ingestionUrl: string;
  /** Service account, for the Lexicon and Query APIs. */
  readonly username: string | undefined;
  readonly secret: string | undefined;
  /** Project token, for profile updates through ingestion. */
  readonly token: string | undefined;
}

/** An API answer that is not a success, after retries: status and Mixpanel's message, never a secret. */
export class MixpanelApiError extends Error {
  constructor(
    readonly status: number,
    readonly endpoint: string,
    message: string,
  ) {
    super(status === 0 ? `Mixpanel ${endpoint}: ${message}` : `Mixpanel ${endpoint} answered ${status}: ${message}`);
    this.name = 'MixpanelApiError';
  }
}

export interface Profile {
  readonly distinctId: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface ClientOptions {
  /** Waits: injected so tests do not sleep. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The first back-off after a 5xx; doubled per retry. */
  readonly retryBaseMs?: number;
  readonly maxAttempts?: number;
  /** How long one attempt may take, answer included (default 30 s). */
  readonly timeoutMs?: number;
  /** How long one request may take, every retry and wait included (default 2 minutes). */
  readonly budgetMs?: number;
  /** The longest Retry-After obeyed (default 60 s): a server asking for longer ends the command. */
  readonly maxRetryAfterMs?: number;
  readonly log?: (message: string) => void;
}

export const REQUEST_LIMITS = { timeoutMs: 30_000, budgetMs: 120_000, maxRetryAfterMs: 60_000 } as const;

/** A URL as it may be shown: any user name or password in it replaced by `***`. */
export function maskUrl(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1***@');
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The few Mixpanel endpoints trackplan uses, with retries: 429 and 5xx answers are retried with
 * exponential back-off, honouring Retry-After. Credentials go in headers only, never in messages.
 */
export class MixpanelClient {
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #retryBaseMs: number;
  readonly #maxAttempts: number;
  readonly #timeoutMs: number;
  readonly #budgetMs: number;
  readonly #maxRetryAfterMs: number;
  readonly #log: (message: string) => void;

  constructor(
    readonly connection: MixpanelConnection,
    options: ClientOptions = {},
  ) {
    this.#sleep = options.sleep ?? defaultSleep;
    this.#retryBaseMs = options.retryBaseMs ?? 1000;
    this.#maxAttempts = options.maxAttempts ?? 5;
    this.#timeoutMs = options.timeoutMs ?? REQUEST_LIMITS.timeoutMs;
    this.#budgetMs = options.budgetMs ?? REQUEST_LIMITS.budgetMs;
    this.#maxRetryAfterMs = options.maxRetryAfterMs ?? REQUEST_LIMITS.maxRetryAfterMs;
    this.#log = options.log ?? (() => {});
  }

  /** GET /app/projects/{id}/schemas: every schema in the project's Lexicon. */
  async listSchemas(): Promise<LexiconEntry[]> {
    const body = (await this.#request('GET', `${this.connection.apiUrl}/app/projects/${this.connection.projectId}/schemas`, 'service')) as {
      results?: LexiconEntry[];
    };
    return body.results ?? [];
  }

  /** POST /app/projects/{id}/schemas: create or replace these entries. */
  async uploadSchemas(entries: readonly LexiconEntry[]): Promise<void> {
    await this.#request('POST', `${this.connection.apiUrl}/app/projects/${this.connection.projectId}/schemas`, 'service', {
      json: { entries, truncate: false },
    });
  }

  /** The names of the events the project has received (Query API). */
  async eventNames(): Promise<string[]> {
    const url = `${this.connection.apiUrl}/query/events/names?project_id=${encodeURIComponent(this.connection.projectId)}&type=general&limit=100000`;
    const body = await this.#request('GET', url, 'service');
    return Array.isArray(body) ? body.map(String) : [];
  }

  /** One page of the profiles matching `where` (Engage query API), paged with session_id and page. */
  async queryProfiles(
    where: string,
    page: number,
    sessionId: string | undefined,
  ): Promise<{ profiles: Profile[]; sessionId: string | undefined; pageSize: number }> {
    const form = new URLSearchParams({ where, page: String(page), ...(sessionId ? { session_id: sessionId } : {}) });
    const url = `${this.connection.apiUrl}/query/engage?project_id=${encodeURIComponent(this.connection.projectId)}`;
    const body = (await this.#request('POST', url, 'service', { form })) as {
      results?: { $distinct_id: string; $properties?: Record<string, unknown> }[];
      session_id?: string;
      page_size?: number;
    };
    return {
      profiles: (body.results ?? []).map((r) => ({ distinctId: r.$distinct_id, properties: r.$properties ?? {} })),
      sessionId: body.session_id ?? sessionId,
      pageSize: body.page_size ?? 1000,
    };
  }

  /** POST /engage: a batch of profile updates (at most 2,000), through ingestion with the project token. */
  async engage(updates: readonly Record<string, unknown>[]): Promise<void> {
    const body = (await this.#request('POST', `${this.connection.ingestionUrl}/engage?verbose=1`, 'none', { json: updates })) as {
      status?: number;
      error?: string;
    } | null;
    if (body && typeof body === 'object' && body.status === 0) throw new MixpanelApiError(200, 'POST /engage', body.error ?? 'the batch was rejected');
  }

  async #request(method: string, url: string, auth: 'service' | 'none', payload: { json?: unknown; form?: URLSearchParams } = {}): Promise<unknown> {
    const endpoint = `${method} ${new URL(url).pathname}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (auth === 'service') {
      const { username, secret } = this.connection;
      headers.authorization = `Basic ${Buffer.from(`${username ?? ''}:${secret ?? ''}`).toString('base64')}`;
    }
    let body: string | undefined;
    if (payload.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(payload.json);
    } else if (payload.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = payload.form.toString();
    }
    // Every attempt has a timeout, and the whole request (retries and waits) a budget: a server that
    // accepts connections and never answers ends the command, it never hangs it.
    const deadline = Date.now() + this.#budgetMs;
    const outOfTime = (what: string) => new MixpanelApiError(0, endpoint, `${what}; gave up after ${Math.round(this.#budgetMs / 1000)} s (the request budget)`);
    for (let attempt = 1; ; attempt++) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw outOfTime('no answer in time');
      const timeout = Math.min(this.#timeoutMs, remaining);
      let response: Response;
      let text: string;
      try {
        // The body is read under the same timeout: a server may send headers and then stall.
        response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(timeout) });
        text = await response.text();
      } catch (e) {
        const reason = isTimeout(e) ? `no answer within ${Math.round(timeout / 100) / 10} s` : `cannot reach the server (${maskUrl((e as Error).message)})`;
        if (attempt >= this.#maxAttempts) throw new MixpanelApiError(0, endpoint, reason);
        const wait = this.#retryBaseMs * 2 ** (attempt - 1);
        if (Date.now() + wait >= deadline) throw outOfTime(reason);
        this.#log(`${endpoint}: ${reason}; retrying in ${Math.round(wait / 100) / 10} s`);
        await this.#sleep(wait);
        continue;
      }
      if (response.ok) return parseAnswer(text, endpoint, maskUrl(url.split('?')[0]!), response.headers.get('content-type'));
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable || attempt >= this.#maxAttempts) throw new MixpanelApiError(response.status, endpoint, errorMessage(text));
      const retryAfter = Number(response.headers.get('retry-after'));
      const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : this.#retryBaseMs * 2 ** (attempt - 1);
      if (wait > this.#maxRetryAfterMs) {
        throw new MixpanelApiError(
          response.status,
          endpoint,
          `asked to wait ${retryAfter} s before retrying (Retry-After), longer than trackplan waits (${this.#maxRetryAfterMs / 1000} s); try again later`,
        );
      }
      if (Date.now() + wait >= deadline) throw outOfTime(`answered ${response.status} and asked to wait ${Math.round(wait / 100) / 10} s`);
      this.#log(`${endpoint} answered ${response.status}; retrying in ${Math.round(wait / 100) / 10} s`);
      await this.#sleep(wait);
    }
  }
}

const isTimeout = (e: unknown): boolean => e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');

/** A success is JSON; anything else (an HTML error page from a proxy) is said, not parsed into nonsense. */
function parseAnswer(text: string, endpoint: string, shownUrl: string, contentType: string | null): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    const start = text
      .slice(0, 80)
      .replace(/\s+/g, ' ')
      .replace(/[^\x20-\x7e]/g, '?');
    throw new MixpanelApiError(
      200,
      endpoint,
      `answered with something that is not JSON (${contentType ?? 'no content type'}: "${start}${text.length > 80 ? '...' : ''}") at ${shownUrl}; is MIXPANEL_API_URL / MIXPANEL_INGESTION_URL right?`,
    );
  }
}

function errorMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: string; message?: string };
    return body.error ?? body.message ?? text.slice(0, 200);
  } catch {
    return text.slice(0, 200) || 'no message';
  }
}
