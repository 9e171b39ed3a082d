import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalServer } from './local-server.js';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string };
  html_url: string;
}

/**
 * A local stand-in for the parts of api.github.com the action uses: the authenticated user, issue
 * comments (paginated with Link headers, created, updated), and labels. Records every request, and
 * can fail chosen requests (a 502 once, a 403 for a read-only token).
 */
export class FakeGitHub extends LocalServer {
  readonly requests: { method: string; path: string; body?: unknown }[] = [];
  comments: FakeComment[] = [];
  labels: string[] = [];
  /** The token's user for GET /user; undefined answers 403, as the workflow token does. */
  tokenUser: string | undefined = undefined;
  /** Requests to fail: `METHOD /path` → statuses to answer, in turn, before succeeding. */
  failures = new Map<string, number[]>();
  /** Requests never answered: `METHOD /path` (the connection is accepted and left open). */
  stall = new Set<string>();
  /** Rate-limit answers to give first: `METHOD /path` → Retry-After seconds. */
  rateLimits = new Map<string, number>();
  #nextId = 1000;

  addComment(login: string, body: string): FakeComment {
    const comment = { id: this.#nextId++, body, user: { login }, html_url: `https://github.test/acme/shop/pull/7#issuecomment-${this.#nextId}` };
    this.comments.push(comment);
    return comment;
  }

  writes(): { method: string; path: string; body?: unknown }[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
    this.requests.push({ method: req.method!, path: url.pathname + url.search, body });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (this.stall.has(`${req.method} ${url.pathname}`)) return;
    const retryAfter = this.rateLimits.get(`${req.method} ${url.pathname}`);
    if (retryAfter !== undefined) {
      this.rateLimits.delete(`${req.method} ${url.pathname}`);
      return send(403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': String(retryAfter) });
    }
    const failing = this.failures.get(`${req.method} ${url.pathname}`);
    if (failing?.length) {
      const status = failing.shift()!;
      return send(status, { message: status === 403 ? 'Resource not accessible by integration' : 'Bad Gateway' });
    }

    if (req.method === 'GET' && url.pathname === '/user') {
      return this.tokenUser ? send(200, { login: this.tokenUser }) : send(403, { message: 'Resource not accessible by integration' });
    }
    let match = /^\/repos\/acme\/shop\/issues\/7\/comments$/.exec(url.pathname);
    if (match && req.method === 'GET') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(this.comments.length / perPage));
      const link: Record<string, string> =
        page < last
          ? {
              link: `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${this.url}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`,
            }
          : {};
      return send(200, this.comments.slice((page - 1) * perPage, page * perPage), link);
    }
    if (match && req.method === 'POST') {
      const comment = this.addComment(this.tokenUser ?? 'github-actions[bot]', (body as { body: string }).body);
      return send(201, comment);
    }
    match = /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (match && req.method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(match![1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      return send(200, comment);
    }
    if (req.method === 'GET' && url.pathname === '/repos/acme/shop/issues/7/labels') {
      return send(
        200,
        this.labels.map((name, i) => ({ id: i + 1, name })),
      );
    }
    send(404, { message: `Not Found: ${req.method} ${url.pathname}` });
  }
}
