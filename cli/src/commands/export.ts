import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lexiconPayload } from '../mixpanel/lexicon-payload.js';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { loadValidPlan } from '../load-valid-plan.js';
import type { Command } from './command.js';
import { writeOutput } from '../write-output.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the plan: mixpanel-lexicon (the Lexicon Schemas API payload)',
  usage: `Usage: trackplan export mixpanel-lexicon [--plan PATH] [--out FILE]

Prints the plan as the body of Mixpanel's Lexicon Schemas API bulk upload
(POST /app/projects/{id}/schemas): one entry per event, JSON Schema draft-07 with
metadata["com.mixpanel"] (displayName, tags from products, hidden for retired events; deprecated
events stay visible, tagged "deprecated" and described with their replacement), and one entry for
user profiles ("profile" / "$user") with the people properties.

Options:
  --plan PATH   the plan file (default: the nearest tracking-plan.yaml above the working directory)
  --out FILE    write to FILE instead of standard output`,
  run(args: string[], io: CliIo): number {
    const { values, positionals } = parseArgs({ args, options: { plan: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
    if (positionals[0] !== 'mixpanel-lexicon' || positionals.length !== 1) throw new UsageError('export takes one format: mixpanel-lexicon');
    const plan = loadValidPlan(values.plan, io);
    if (typeof plan === 'number') return plan;
    const json = JSON.stringify(lexiconPayload(plan), null, 2);
    if (values.out) writeOutput(resolve(io.cwd, values.out), `${json}\n`);
    else io.stdout(json);
    return EXIT.ok;
  },
};
