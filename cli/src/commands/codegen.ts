import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateTypeScript } from '../codegen/typescript.js';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { loadValidPlan } from '../load-valid-plan.js';
import type { Command } from './command.js';
import { writeOutput } from '../write-output.js';

export const codegenCommand: Command = {
  name: 'codegen',
  summary: 'generate code from the plan: typescript (typed events and properties)',
  usage: `Usage: trackplan codegen typescript --out FILE [--plan PATH]

Writes TypeScript for the plan: EVENTS (each event's exact name by key), EventName, a properties type
per event (PropertiesOf<E>), a typed track signature (TrackFunction, typedTrack(send) around any SDK),
SuperProperties, and people properties split by owner (ServerPeopleProperties,
ClientPeopleProperties). Retired events are left out; deprecated ones are marked @deprecated.

Options:
  --out FILE    the file to write (required)
  --plan PATH   the plan file`,
  run(args: string[], io: CliIo): number {
    const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' }, plan: { type: 'string' } }, allowPositionals: true });
    if (positionals[0] !== 'typescript' || positionals.length !== 1) throw new UsageError('codegen takes one language: typescript');
    if (!values.out) throw new UsageError('codegen needs --out FILE');
    const plan = loadValidPlan(values.plan, io);
    if (typeof plan === 'number') return plan;
    const out = resolve(io.cwd, values.out);
    writeOutput(out, generateTypeScript(plan, relative(resolve(out, '..'), plan.file).split('\\').join('/')));
    io.stdout(`wrote ${relative(io.cwd, out) || out}: ${plan.events.size} events`);
    return EXIT.ok;
  },
};
