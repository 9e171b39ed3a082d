import { parseArgs } from 'node:util';
import { lexiconPayload } from '../mixpanel/lexicon-payload.js';
import { batchEntries, entityCount, planSync } from '../mixpanel/lexicon-sync.js';
import { MixpanelClient } from '../mixpanel/mixpanel-client.js';
import { RateLimiter } from '../mixpanel/rate-limiter.js';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { loadValidPlan } from '../load-valid-plan.js';
import { clientTuning, MIXPANEL_HELP, MIXPANEL_OPTIONS, mixpanelConnection } from '../mixpanel-connection.js';
import { confirm } from '../confirm.js';
import type { Command } from './command.js';

/** Mixpanel's documented Lexicon limits: 5 requests and 4,000 events and properties a minute. */
export const LEXICON_LIMITS = { maxRequests: 5, maxUnits: 4000 };

export const syncCommand: Command = {
  name: 'sync',
  summary: 'sync the plan to Mixpanel Lexicon (dry run unless --execute)',
  usage: `Usage: trackplan sync mixpanel [--plan PATH] [--execute [--yes]] [--project-id ID] [--region R]

Compares the plan's Lexicon schemas (see \`trackplan export mixpanel-lexicon\`) with the project's
and prints what would change. With --execute, uploads the new and changed ones in batches within
Mixpanel's limits (5 requests and 4,000 events and properties a minute); metadata the plan no longer
sets is cleared explicitly, since Mixpanel keeps metadata an upload leaves out.

Options:
  --plan PATH   the plan file
  --execute     upload (asks for confirmation on a terminal)
  --yes         do not ask
${MIXPANEL_HELP}`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: { plan: { type: 'string' }, execute: { type: 'boolean' }, yes: { type: 'boolean' }, ...MIXPANEL_OPTIONS },
      allowPositionals: true,
    });
    if (positionals[0] !== 'mixpanel' || positionals.length !== 1) throw new UsageError('sync takes one target: mixpanel');
    const plan = loadValidPlan(values.plan, io);
    if (typeof plan === 'number') return plan;
    const connection = mixpanelConnection(values, io.env);
    const tuning = clientTuning(io.env);
    const client = new MixpanelClient(connection, {
      retryBaseMs: tuning.retryBaseMs,
      timeoutMs: tuning.timeoutMs,
      budgetMs: tuning.budgetMs,
      log: (m) => {
        io.stderr(`trackplan: ${m}`);
      },
    });

    const changes = planSync(lexiconPayload(plan).entries, await client.listSchemas());
    const upload = [...changes.add, ...changes.update];
    io.stdout(`Mixpanel project ${connection.projectId}: ${changes.add.length} to add, ${changes.update.length} to update, ${changes.unchanged} unchanged.`);
    for (const [label, entries] of [
      ['add', changes.add],
      ['update', changes.update],
    ] as const) {
      for (const entry of entries.slice(0, 10)) io.stdout(`  ${label} ${entry.entityType} ${JSON.stringify(entry.name)}`);
      if (entries.length > 10) io.stdout(`  ... and ${entries.length - 10} more to ${label}`);
    }
    if (upload.length === 0) return EXIT.ok;
    if (!values.execute) {
      io.stdout('Dry run: nothing was changed. Run again with --execute to upload.');
      return EXIT.ok;
    }
    if (!(await confirm(io, values.yes === true, `Upload ${upload.length} schemas to Mixpanel project ${connection.projectId}?`))) return EXIT.failed;
    const limiter = new RateLimiter(
      { windowMs: tuning.rateWindowMs, ...LEXICON_LIMITS },
      { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    );
    const batches = batchEntries(upload, LEXICON_LIMITS.maxUnits);
    for (const [i, batch] of batches.entries()) {
      await limiter.acquire(batch.reduce((n, e) => n + entityCount(e), 0));
      await client.uploadSchemas(batch);
      io.progress?.(`uploaded batch ${i + 1}/${batches.length}`);
    }
    io.progress?.('');
    io.stdout(`Uploaded ${upload.length} schemas in ${batches.length} ${batches.length === 1 ? 'request' : 'requests'}.`);
    return EXIT.ok;
  },
};
