import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalServer } from './local-server.js';

interface Entry {
  entityType: string;
  name: string;
  schemaJson: Record<string, unknown> & { metadata?: { 'com.mixpanel'?: Record<string, unknown> } };
}

/**
 * A local stand-in for Mixpanel: the Lexicon Schemas API (list, bulk upload with metadata merging),
 * the Query API's event names and Engage profile query (paged with session_id and page), and the
 * ingestion /engage endpoint. Records every request; can answer chosen requests with errors.
 */
export class FakeMixpanel extends LocalServer {
  readonly requests: { method: string; path: string; auth?: string; body?: unknown }[] = [];
  schemas: Entry[] = [];
  eventNames: string[] = [];
  profiles: { $distinct_id: string; $properties: Record<string, unknown> }[] = [];
  pageSize = 1000;
  /** `METHOD /path` → answers to give in turn before succeeding: a status, with Retry-After seconds. */
  failures = new Map<string, { status: number; retryAfter?: number }[]>();
  /** `METHOD /path` → never answer (the connection is accepted and left open). */
  stall = new Set<string>();
  /** `METHOD /path` → answer 200 with an HTML page, as a proxy's error page does. */
  html = new Set<string>();
  /** `METHOD /path` → let this many requests through, then answer with these failures. */
  failAfter = new Map<string, { ok: number; failures: { status: number }[] }>();

  /** Requests that change something (reads are GETs and the Engage query). */
  writes(): { method: string; path: string; auth?: string; body?: unknown }[] {
    return this.requests.filter((r) => r.method !== 'GET' && !r.path.startsWith('/api/query/'));
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const body = !text ? undefined : req.headers['content-type']?.includes('json') ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
    this.requests.push({ method: req.method!, path: url.pathname + url.search, auth: req.headers.authorization, body });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (this.stall.has(`${req.method} ${url.pathname}`)) return;
    if (this.html.has(`${req.method} ${url.pathname}`)) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    const later = this.failAfter.get(`${req.method} ${url.pathname}`);
    if (later) {
      if (later.ok > 0) later.ok--;
      else if (later.failures.length > 0) this.failures.set(`${req.method} ${url.pathname}`, later.failures.splice(0));
    }
    const failing = this.failures.get(`${req.method} ${url.pathname}`);
    if (failing?.length) {
      const { status, retryAfter } = failing.shift()!;
      return send(status, { error: status === 429 ? 'rate limited' : 'internal error' }, retryAfter ? { 'retry-after': String(retryAfter) } : {});
    }
    if (url.pathname === '/api/app/projects/42/schemas' && req.method === 'GET') return send(200, { results: this.schemas, status: 'ok' });
    if (url.pathname === '/api/app/projects/42/schemas' && req.method === 'POST') {
      for (const entry of (body as { entries: Entry[] }).entries) {
        const existing = this.schemas.find((e) => e.entityType === entry.entityType && e.name === entry.name);
        // Mixpanel keeps metadata the upload leaves out; null clears it.
        const merged = { ...existing?.schemaJson.metadata?.['com.mixpanel'], ...entry.schemaJson.metadata?.['com.mixpanel'] };
        for (const [k, v] of Object.entries(merged)) if (v === null) delete merged[k];
        const next = { ...entry, schemaJson: { ...entry.schemaJson, metadata: { 'com.mixpanel': merged } } };
        this.schemas = [...this.schemas.filter((e) => e !== existing), next];
      }
      return send(200, { results: { added: (body as { entries: Entry[] }).entries.length, deleted: 0 }, status: 'ok' });
    }
    if (url.pathname === '/api/query/events/names') return send(200, this.eventNames);
    if (url.pathname === '/api/query/engage' && req.method === 'POST') {
      const { where, page } = body as { where: string; page: string };
      const property = /defined\(properties\["(.+)"\]\)/.exec(where)?.[1] ?? '';
      const matching = this.profiles.filter((p) => property in p.$properties);
      const n = Number(page);
      return send(200, {
        page: n,
        page_size: this.pageSize,
        session_id: 'session-1',
        status: 'ok',
        total: matching.length,
        results: matching.slice(n * this.pageSize, (n + 1) * this.pageSize),
      });
    }
    if (url.pathname === '/engage' && req.method === 'POST') {
      for (const update of body as { $distinct_id: string; $unset?: string[] }[]) {
        const profile = this.profiles.find((p) => p.$distinct_id === update.$distinct_id);
        for (const name of update.$unset ?? []) if (profile) delete profile.$properties[name];
      }
      return send(200, { status: 1, error: null });
    }
    send(404, { error: `no ${req.method} ${url.pathname}` });
  }
}
