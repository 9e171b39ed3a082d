import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CleanupState, CleanupStateError, executeCleanup, findCleanup } from '../mixpanel/cleanup.js';
import { MixpanelClient } from '../mixpanel/mixpanel-client.js';
import { RateLimiter } from '../mixpanel/rate-limiter.js';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { confirm } from '../confirm.js';
import { loadValidPlan } from '../load-valid-plan.js';
import { clientTuning, MIXPANEL_HELP, MIXPANEL_OPTIONS, mixpanelConnection } from '../mixpanel-connection.js';
import { LEXICON_LIMITS } from './sync.js';
import type { Command } from './command.js';

function openState(file: string, projectId: string): CleanupState {
  try {
    return CleanupState.open(file, projectId);
  } catch (e) {
    if (e instanceof CleanupStateError) throw new UsageError(e.message);
    throw e;
  }
}

const examples = (items: readonly string[]): string => `${items.slice(0, 3).join(', ')}${items.length > 3 ? ', ...' : ''}`;

export const cleanupCommand: Command = {
  name: 'cleanup',
  summary: 'hide retired events and unset retired people properties in Mixpanel (dry run unless --execute)',
  usage: `Usage: trackplan cleanup mixpanel [--plan PATH] [--execute [--yes]] [--include-unknown] [--drop] [--state FILE]

Cleans up data the plan has retired:
  - events with status: retired are hidden in Lexicon (hidden: true); deprecated events, still sent by
    old clients, are never touched;
  - with --include-unknown, events the project has that the plan does not are hidden too (never
    Mixpanel's own $ and mp_ events);
  - Mixpanel's own events and profile properties ($... and mp_...) are never hidden, dropped or
    unset, whatever the plan says (validate refuses to retire them);
  - people properties with status: retired are unset on every profile that has them, in batches of
    2,000, each update with $ip: 0 and $ignore_time: true.
A dry run (the default) prints counts and examples and changes nothing. With --execute it asks for
confirmation (or --yes), shows progress on a terminal, retries 429 and 5xx answers, and records each
finished batch in a state file, so a run that stopped halfway continues where it stopped.

Options:
  --execute          make the changes
  --yes              do not ask
  --include-unknown  also hide events the plan does not have
  --drop             also set dropped: true (Mixpanel then discards incoming data for good)
  --state FILE       the state file (default: trackplan-cleanup-state.json)
${MIXPANEL_HELP}`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: {
        plan: { type: 'string' },
        execute: { type: 'boolean' },
        yes: { type: 'boolean' },
        'include-unknown': { type: 'boolean' },
        drop: { type: 'boolean' },
        state: { type: 'string' },
        ...MIXPANEL_OPTIONS,
      },
      allowPositionals: true,
    });
    if (positionals[0] !== 'mixpanel' || positionals.length !== 1) throw new UsageError('cleanup takes one target: mixpanel');
    const plan = loadValidPlan(values.plan, io);
    if (typeof plan === 'number') return plan;
    const retiredPeople = [...plan.people.values()].some((p) => p.status === 'retired');
    const connection = mixpanelConnection(values, io.env, { token: values.execute === true && retiredPeople });
    const tuning = clientTuning(io.env);
    const client = new MixpanelClient(connection, {
      retryBaseMs: tuning.retryBaseMs,
      timeoutMs: tuning.timeoutMs,
      budgetMs: tuning.budgetMs,
      log: (m) => {
        io.stderr(`trackplan: ${m}`);
      },
    });
    const state = values.execute ? openState(resolve(io.cwd, values.state ?? 'trackplan-cleanup-state.json'), connection.projectId) : undefined;
    if (state?.resumed) io.stdout('Resuming the cleanup that stopped: finished batches are skipped.');

    const options = { includeUnknown: values['include-unknown'] === true, drop: values.drop === true };
    const work = await findCleanup(plan, client, options, state?.knownProfiles);
    const retiredEvents = work.hideEvents.filter((e) => !work.unknownEvents.includes(e.name)).map((e) => e.name);
    io.stdout(`Mixpanel project ${connection.projectId}:`);
    io.stdout(
      `  ${retiredEvents.length} retired ${retiredEvents.length === 1 ? 'event' : 'events'} to hide${retiredEvents.length ? `: ${examples(retiredEvents)}` : ''}`,
    );
    if (options.includeUnknown)
      io.stdout(
        `  ${work.unknownEvents.length} ${work.unknownEvents.length === 1 ? 'event' : 'events'} not in the plan to hide${work.unknownEvents.length ? `: ${examples(work.unknownEvents)}` : ''}`,
      );
    for (const { property, distinctIds } of work.unset) {
      io.stdout(
        `  ${distinctIds.length} ${distinctIds.length === 1 ? 'profile has' : 'profiles have'} the retired property ${property} to unset${distinctIds.length ? ` (e.g. ${examples(distinctIds)})` : ''}`,
      );
    }
    const anything = work.hideEvents.length > 0 || work.unset.some((u) => u.distinctIds.length > 0);
    if (!anything) {
      state?.finish();
      io.stdout('Nothing to clean up.');
      return EXIT.ok;
    }
    if (!values.execute || !state) {
      io.stdout('Dry run: nothing was changed. Run again with --execute to clean up.');
      return EXIT.ok;
    }
    if (options.drop) io.stderr('trackplan: warning: --drop makes Mixpanel discard incoming data of these events for good.');
    if (!(await confirm(io, values.yes === true, `Clean up Mixpanel project ${connection.projectId} as listed above?`))) return EXIT.failed;
    const limiter = new RateLimiter(
      { windowMs: tuning.rateWindowMs, ...LEXICON_LIMITS },
      { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    );
    const report = await executeCleanup(work, client, state, limiter, (done, total, what) =>
      io.progress?.(`[${'#'.repeat(Math.round((done / total) * 20)).padEnd(20)}] ${done}/${total} ${what}`),
    );
    io.progress?.('');
    io.stdout(
      `Done: ${report.hiddenEvents} events hidden, ${report.unsetProfiles} profiles updated${report.skippedBatches ? `, ${report.skippedBatches} ${report.skippedBatches === 1 ? 'batch' : 'batches'} already done before` : ''}.`,
    );
    return EXIT.ok;
  },
};
