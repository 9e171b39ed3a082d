import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeMixpanel } from '../helpers/fake-mixpanel.js';
import { trackplan, trackplanAsync } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const acmePlan = readFileSync(new URL('../../examples/acme/tracking-plan.yaml', import.meta.url), 'utf8');
const SECRET = 's3cr3t-never-printed';

/**
 * The parts of Mixpanel's published OpenAPI description of the Lexicon Schemas API (1.0.0) that the
 * export must satisfy, transcribed: SchemaEntry (entityType event|profile, name, schemaJson), Schema
 * (description, properties, metadata), a property (one `type` from the API's list, description,
 * metadata) and metadata["com.mixpanel"] (only $source, displayName, tags, hidden, dropped, owners).
 * One addition: properties also carry `enum`, which the published examples' JSON Schema allows
 * (they use `format` and `examples` the same way) and Lexicon shows.
 */
const mixpanelMetadata = {
  type: 'object',
  properties: {
    'com.mixpanel': {
      type: 'object',
      additionalProperties: false,
      properties: {
        $source: { type: 'string' },
        displayName: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' } },
        hidden: { type: 'boolean' },
        dropped: { type: 'boolean' },
        owners: { type: 'array' },
      },
    },
  },
  additionalProperties: false,
};
const lexiconOpenApi = {
  type: 'object',
  required: ['entries'],
  additionalProperties: false,
  properties: {
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'entityType', 'schemaJson'],
        additionalProperties: false,
        properties: {
          entityType: { enum: ['event', 'profile'] },
          name: { type: 'string' },
          schemaJson: {
            type: 'object',
            properties: {
              description: { type: 'string' },
              metadata: mixpanelMetadata,
              properties: {
                type: 'object',
                additionalProperties: {
                  type: 'object',
                  required: ['type'],
                  additionalProperties: false,
                  properties: {
                    type: { enum: ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] },
                    description: { type: 'string' },
                    enum: { type: 'array' },
                    metadata: {
                      type: 'object',
                      properties: {
                        'com.mixpanel': {
                          type: 'object',
                          additionalProperties: false,
                          properties: { displayName: { type: 'string' }, hidden: { type: 'boolean' }, dropped: { type: 'boolean' } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

describe('trackplan export mixpanel-lexicon', () => {
  it('prints the Lexicon Schemas API payload, valid against the published API description', () => {
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    const run = trackplan(['export', 'mixpanel-lexicon'], dir);
    expect(run.status).toBe(0);
    const payload = JSON.parse(run.stdout);
    const validate = new Ajv({ strict: false }).compile(lexiconOpenApi);
    expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    const entry = (name: string) => payload.entries.find((e: { name: string }) => e.name === name);
    expect(entry('User signs up').schemaJson).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema',
      description: 'A new account was created.',
      required: ['plan', 'signupMethod'],
      additionalProperties: false,
      properties: { plan: { type: 'string', enum: ['free', 'pro', 'enterprise'], description: 'The subscription plan.' }, isTrial: { type: 'boolean' } },
      metadata: { 'com.mixpanel': { displayName: 'User signs up', tags: ['web', 'mobile'], hidden: false } },
    });
    expect(entry('User Signs Up').schemaJson.description).toBe('Deprecated — use User signs up. The old mobile spelling of User signs up.');
    expect(entry('User Signs Up').schemaJson.metadata['com.mixpanel']).toEqual({
      displayName: 'User Signs Up (deprecated)',
      tags: ['mobile', 'deprecated'],
      hidden: false,
    });
    expect(entry('Wishlist shared').schemaJson.metadata['com.mixpanel'].hidden).toBe(true);
    expect(entry('$user')).toMatchObject({
      entityType: 'profile',
      schemaJson: { properties: { $email: { type: 'string' }, legacyScore: { type: 'number', metadata: { 'com.mixpanel': { hidden: true } } } } },
    });
  });
});

describe('trackplan sync and cleanup against a stand-in Mixpanel', () => {
  let mixpanel: FakeMixpanel;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    mixpanel = await new FakeMixpanel().start();
    env = {
      MIXPANEL_PROJECT_ID: '42',
      MIXPANEL_SERVICE_ACCOUNT_USERNAME: 'sa.trackplan',
      MIXPANEL_SERVICE_ACCOUNT_SECRET: SECRET,
      MIXPANEL_PROJECT_TOKEN: 'project-token',
      MIXPANEL_API_URL: `${mixpanel.url}/api`,
      MIXPANEL_INGESTION_URL: mixpanel.url,
      TRACKPLAN_RETRY_BASE_MS: '10',
      TRACKPLAN_RATE_WINDOW_MS: '200',
    };
  });
  afterEach(async () => {
    await mixpanel.stop();
  });

  it('sync: a dry run reads only; --execute uploads; the next sync finds nothing to do', async () => {
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    const dry = await trackplanAsync(['sync', 'mixpanel'], dir, env);
    expect(dry.stdout).toContain('Mixpanel project 42: 13 to add, 0 to update, 0 unchanged.');
    expect(dry.stdout).toContain('Dry run: nothing was changed.');
    expect(mixpanel.writes()).toEqual([]);
    expect(mixpanel.requests[0]!.auth).toBe(`Basic ${Buffer.from(`sa.trackplan:${SECRET}`).toString('base64')}`);

    const run = await trackplanAsync(['sync', 'mixpanel', '--execute', '--yes'], dir, env);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Uploaded 13 schemas in 1 request.');
    expect(mixpanel.writes()).toHaveLength(1);
    expect(mixpanel.schemas).toHaveLength(13);

    const again = await trackplanAsync(['sync', 'mixpanel'], dir, env);
    expect(again.stdout).toContain('0 to add, 0 to update, 13 unchanged.');
  });

  it('sync: metadata the plan no longer sets is cleared with null, since Mixpanel merges metadata', async () => {
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    await trackplanAsync(['sync', 'mixpanel', '--execute', '--yes'], dir, env);
    const profile = mixpanel.schemas.find((e) => e.name === '$user')!;
    profile.schemaJson.metadata = { 'com.mixpanel': { hidden: true, owners: [] } };
    const run = await trackplanAsync(['sync', 'mixpanel', '--execute', '--yes'], dir, env);
    expect(run.stdout).toContain('0 to add, 1 to update, 12 unchanged.');
    const upload = mixpanel.writes().at(-1)!.body as { entries: { name: string; schemaJson: { metadata?: unknown } }[] };
    expect(upload.entries.map((e) => [e.name, e.schemaJson.metadata])).toEqual([['$user', { 'com.mixpanel': { hidden: null } }]]);
    expect(mixpanel.schemas.find((e) => e.name === '$user')!.schemaJson.metadata).toEqual({ 'com.mixpanel': { owners: [] } });
  });

  it('sync: uploads a large plan in batches of at most 4,000 events and properties', async () => {
    const events = Array.from(
      { length: 1100 },
      (_, i) => `  e${i}:\n    eventName: Event ${i}\n    properties: { a: { type: string }, b: { type: number }, c: { type: boolean } }`,
    ).join('\n');
    const dir = tempDir({ 'tracking-plan.yaml': `version: 1\nevents:\n${events}\n` });
    const run = await trackplanAsync(['sync', 'mixpanel', '--execute', '--yes'], dir, env);
    expect(run.stdout).toContain('Uploaded 1100 schemas in 2 requests.');
    const sizes = mixpanel
      .writes()
      .map((w) =>
        (w.body as { entries: { schemaJson: { properties: object } }[] }).entries.reduce((n, e) => n + 1 + Object.keys(e.schemaJson.properties).length, 0),
      );
    expect(sizes).toEqual([4000, 400]);
  });

  it('refuses to change the project without a terminal or --yes', async () => {
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    const run = await trackplanAsync(['sync', 'mixpanel', '--execute'], dir, env);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('trackplan: this changes the Mixpanel project and there is no terminal to confirm on: add --yes\n');
    expect(mixpanel.writes()).toEqual([]);
  });

  function withProfiles(count: number): void {
    mixpanel.pageSize = 1000;
    mixpanel.profiles = Array.from({ length: count }, (_, i) => ({
      $distinct_id: `user-${i}`,
      $properties: i % 3 === 0 ? { plan: 'pro' } : { legacyScore: i, plan: 'free' },
    }));
  }

  it('cleanup: a dry run counts and shows examples, and changes nothing', async () => {
    withProfiles(30);
    mixpanel.schemas = [{ entityType: 'event', name: 'Old promo', schemaJson: {} }];
    mixpanel.eventNames = ['User signs up', 'Old promo', '$mp_web_page_view', 'mp_page_view', 'Beta feature used'];
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    const run = await trackplanAsync(['cleanup', 'mixpanel', '--include-unknown'], dir, env);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        'Mixpanel project 42:',
        '  1 retired event to hide: Wishlist shared',
        '  2 events not in the plan to hide: Beta feature used, Old promo',
        '  20 profiles have the retired property legacyScore to unset (e.g. user-1, user-2, user-4, ...)',
        'Dry run: nothing was changed. Run again with --execute to clean up.',
        '',
      ].join('\n'),
    );
    expect(mixpanel.writes()).toEqual([]);
  });

  it('cleanup --execute: hides retired events, unsets retired people properties in batches of 2,000 with $ip: 0 and $ignore_time: true', async () => {
    withProfiles(4500);
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    const run = await trackplanAsync(['cleanup', 'mixpanel', '--execute', '--yes'], dir, env);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Done: 1 events hidden, 3000 profiles updated.');
    const queries = mixpanel.requests.filter((r) => r.path.startsWith('/api/query/engage'));
    expect(queries.map((q) => [(q.body as { page: string }).page, (q.body as { session_id?: string }).session_id])).toEqual([
      ['0', undefined],
      ['1', 'session-1'],
      ['2', 'session-1'],
      ['3', 'session-1'],
    ]);
    const [hide, ...engage] = mixpanel.writes();
    expect(hide!.path).toBe('/api/app/projects/42/schemas');
    expect((hide!.body as { entries: { name: string; schemaJson: { metadata: unknown } }[] }).entries.map((e) => [e.name, e.schemaJson.metadata])).toEqual([
      ['Wishlist shared', { 'com.mixpanel': { displayName: 'Wishlist shared', tags: ['web'], hidden: true } }],
    ]);
    expect(engage.map((e) => (e.body as unknown[]).length)).toEqual([2000, 1000]);
    expect((engage[0]!.body as unknown[])[0]).toEqual({ $token: 'project-token', $distinct_id: 'user-1', $unset: ['legacyScore'], $ip: 0, $ignore_time: true });
    expect(engage.every((e) => e.auth === undefined)).toBe(true);
    expect(mixpanel.profiles.filter((p) => 'legacyScore' in p.$properties)).toEqual([]);
    expect(existsSync(join(dir, 'trackplan-cleanup-state.json'))).toBe(false);
  });

  it('cleanup: waits out a 429 as Retry-After says, and resumes after a run that stopped on 500s', async () => {
    withProfiles(6000); // 4,000 profiles with legacyScore: two batches
    mixpanel.failures.set('POST /api/app/projects/42/schemas', [{ status: 429, retryAfter: 1 }]);
    // The first profile batch goes through; the second keeps failing past the retries.
    mixpanel.failAfter.set('POST /engage', { ok: 1, failures: Array.from({ length: 5 }, () => ({ status: 500 })) });
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    const first = await trackplanAsync(['cleanup', 'mixpanel', '--execute', '--yes'], dir, env);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain('trackplan: POST /api/app/projects/42/schemas answered 429; retrying in 1 s');
    expect(first.stderr).toContain('trackplan: Mixpanel POST /engage answered 500: internal error');
    expect(first.stderr).not.toContain(SECRET);
    expect(existsSync(join(dir, 'trackplan-cleanup-state.json'))).toBe(true);
    const engageBefore = mixpanel.requests.filter((r) => r.path.startsWith('/engage')).length;
    expect(engageBefore).toBe(6); // one batch done, then five attempts at the next
    const queriesBefore = mixpanel.requests.filter((r) => r.path.startsWith('/api/query/engage')).length;

    const second = await trackplanAsync(['cleanup', 'mixpanel', '--execute', '--yes'], dir, env);
    expect(second.stdout).toContain('Resuming the cleanup that stopped: finished batches are skipped.');
    expect(second.stdout).toContain('  0 retired events to hide\n'); // hidden by the first run
    expect(second.stdout).toContain('Done: 0 events hidden, 2000 profiles updated, 1 batch already done before.');
    const resumed = mixpanel.requests.filter((r) => r.path.startsWith('/engage')).slice(engageBefore);
    expect(resumed.map((r) => [(r.body as unknown[]).length, (r.body as { $distinct_id: string }[])[0]!.$distinct_id])).toEqual([[2000, 'user-3001']]);
    // The resumed run used the profiles it had recorded, not a new query (which would shift the batches).
    expect(mixpanel.requests.filter((r) => r.path.startsWith('/api/query/engage')).length).toBe(queriesBefore);
    expect(mixpanel.profiles.filter((p) => 'legacyScore' in p.$properties)).toEqual([]);
    expect(existsSync(join(dir, 'trackplan-cleanup-state.json'))).toBe(false);
  }, 30_000);

  it("cleanup never hides, drops or unsets Mixpanel's own events and profile properties, whatever the plan says", async () => {
    mixpanel.profiles = [{ $distinct_id: 'user-1', $properties: { $email: 'a@example.com', toString: 'x', valueOf: 1, constructor: true } }];
    mixpanel.eventNames = ['$identify', 'mp_page_view', '$mp_web_page_view'];
    // validate refuses such a plan; cleanup refuses it too, at the point of sending (defence in depth).
    const hostile = `version: 1
events:
  identify: { eventName: $identify, status: retired }
  pageView: { eventName: mp_page_view, status: retired }
people:
  $email: { type: string, owner: server, status: retired }
  toString: { type: string, owner: server, status: retired }
  valueOf: { type: number, owner: server, status: retired }
  constructor: { type: boolean, owner: server, status: retired }
`;
    const dir = tempDir({ 'tracking-plan.yaml': hostile });
    const validate = trackplan(['validate'], dir);
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain(
      "tracking-plan.yaml:3:45: error: event `$identify` cannot be retired: `$` and `mp_` names are the analytics SDK's own data",
    );
    expect(validate.stdout).toContain('tracking-plan.yaml:4:48: error: event `mp_page_view` cannot be retired');
    expect(validate.stdout).toContain('tracking-plan.yaml:6:50: error: `$email` cannot be retired');
    const run = await trackplanAsync(['cleanup', 'mixpanel', '--execute', '--yes', '--drop', '--include-unknown'], dir, env);
    expect(run.status).toBe(1);
    expect(mixpanel.writes()).toEqual([]);

    // The same plan without the reserved names: the odd-but-ordinary names are cleaned up like any other.
    const ordinary = hostile.replace(/^ {2}(identify|pageView|\$email):.*\n/gm, '').replace('events:\n', '');
    const ok = tempDir({ 'tracking-plan.yaml': ordinary });
    expect(trackplan(['validate'], ok).status).toBe(0);
    const cleaned = await trackplanAsync(['cleanup', 'mixpanel', '--execute', '--yes', '--include-unknown'], ok, env);
    expect(cleaned.stderr).toBe('');
    expect(cleaned.stdout).toContain('0 events not in the plan to hide');
    expect(cleaned.stdout).toContain('Done: 0 events hidden, 3 profiles updated.');
    expect(mixpanel.profiles[0]!.$properties).toEqual({ $email: 'a@example.com' });
    const unsets = mixpanel.writes().flatMap((w) => (w.body as { $unset: string[] }[]).map((u) => u.$unset[0]));
    expect(unsets.sort()).toEqual(['constructor', 'toString', 'valueOf']);
  });

  it('cleanup: a corrupt state file is one clear error naming it, and nothing is changed', async () => {
    withProfiles(10);
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan, 'state.json': '{"version": 2, "projectId": "42", "profiles": {"legacyScore": "oops"}' });
    const run = await trackplanAsync(['cleanup', 'mixpanel', '--execute', '--yes', '--state', 'state.json'], dir, env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^trackplan: .*state\.json: not JSON \(.*\); it records a cleanup that stopped halfway\. Fix or delete it, then run again\n$/);
    expect(mixpanel.writes()).toEqual([]);
  });

  it('never prints a secret, even when Mixpanel refuses the credentials', async () => {
    mixpanel.failures.set('GET /api/app/projects/42/schemas', [{ status: 401 }]);
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    const run = await trackplanAsync(['sync', 'mixpanel', '--debug'], dir, env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('trackplan: Mixpanel GET /api/app/projects/42/schemas answered 401');
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toContain(Buffer.from(`sa.trackplan:${SECRET}`).toString('base64'));
  });

  it('a server that accepts connections and never answers ends the command within its budget, with a clear error', async () => {
    mixpanel.stall.add('GET /api/app/projects/42/schemas');
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    const started = Date.now();
    const run = await trackplanAsync(['sync', 'mixpanel'], dir, { ...env, TRACKPLAN_HTTP_TIMEOUT: '0.4', TRACKPLAN_HTTP_BUDGET: '1.5' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('trackplan: GET /api/app/projects/42/schemas: no answer within 0.4 s; retrying in 0 s');
    expect(run.stderr).toMatch(/trackplan: Mixpanel GET \/api\/app\/projects\/42\/schemas: .*gave up after 2 s \(the request budget\)\n$/);
    // The defaults, as the help states them: 30 s an attempt, 2 minutes a request with its retries.
    expect(trackplan(['sync', '--help'], dir).stdout).toContain(
      'TRACKPLAN_HTTP_TIMEOUT seconds an attempt (default 30), and\n  TRACKPLAN_HTTP_BUDGET seconds a request with its retries (default 120)',
    );
  });

  it('a Retry-After longer than a minute ends the command instead of waiting for it', async () => {
    mixpanel.failures.set('GET /api/app/projects/42/schemas', [{ status: 429, retryAfter: 86400 }]);
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    const run = await trackplanAsync(['sync', 'mixpanel'], dir, env);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'trackplan: Mixpanel GET /api/app/projects/42/schemas answered 429: asked to wait 86400 s before retrying (Retry-After), longer than trackplan waits (60 s); try again later\n',
    );
  });

  it('an answer that is not JSON is one clear error naming the URL, with any credentials in it masked', async () => {
    mixpanel.html.add('GET /api/app/projects/42/schemas');
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    const run = await trackplanAsync(['sync', 'mixpanel'], dir, env);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `trackplan: Mixpanel GET /api/app/projects/42/schemas answered 200: answered with something that is not JSON (text/html: "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>") at ${mixpanel.url}/api/app/projects/42/schemas; is MIXPANEL_API_URL / MIXPANEL_INGESTION_URL right?\n`,
    );
    const withCredentials = `${mixpanel.url.replace('http://', 'http://admin:hunter2@')}/api`;
    const masked = await trackplanAsync(['sync', 'mixpanel', '--debug'], dir, { ...env, MIXPANEL_API_URL: withCredentials });
    expect(masked.status).toBe(2);
    expect(masked.stderr.split('\n')[0]).toBe(
      `trackplan: MIXPANEL_API_URL must not contain credentials (got \`${mixpanel.url.replace('http://', 'http://***@')}/api\`); use MIXPANEL_SERVICE_ACCOUNT_USERNAME and MIXPANEL_SERVICE_ACCOUNT_SECRET`,
    );
    expect(masked.stdout + masked.stderr).not.toContain('hunter2');
  });

  it('says which setting is missing', async () => {
    const dir = tempDir({ 'tracking-plan.yaml': acmePlan });
    expect(await trackplanAsync(['sync', 'mixpanel'], dir, { ...env, MIXPANEL_PROJECT_ID: '' })).toMatchObject({
      status: 2,
      stderr: 'trackplan: no Mixpanel project: pass --project-id or set MIXPANEL_PROJECT_ID\n',
    });
    expect(await trackplanAsync(['sync', 'mixpanel', '--region', 'mars'], dir, env)).toMatchObject({
      status: 2,
      stderr: 'trackplan: --region must be us, eu or in (got `mars`)\n',
    });
  });
});
