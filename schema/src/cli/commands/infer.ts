import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { stringify } from 'yaml';
import type { Tracker } from '../../model.js';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import type { Command } from './command.js';
import { writeOutput } from '../write-output.js';

/** What eslint-plugin-trackplan/infer gives back (the plugin builds on this package, so it is loaded at run time). */
interface InferModule {
  inferPlan(options: { cwd: string; files: string[]; trackers: Tracker[]; products: { name: string; glob: string }[] }): {
    plan: Record<string, unknown>;
    inconsistencies: { file: string; line: number; message: string }[];
    calls: number;
  };
}

/** `serverTrack:1:2:0` → callee, event, properties and distinctId positions. */
function parseTracker(spec: string): Tracker {
  const [callee, event, properties, distinctId] = spec.split(':');
  const position = (value: string | undefined, what: string) => {
    if (value === undefined || value === '') return undefined;
    if (!/^\d+$/.test(value)) throw new UsageError(`--tracker ${spec}: the ${what} position must be a number`);
    return Number(value);
  };
  if (!callee || !/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(callee)) throw new UsageError(`--tracker ${spec}: expected callee[:event[:properties[:distinctId]]]`);
  const tracker: Record<string, unknown> = { callee };
  for (const [name, value] of [['event', position(event, 'event')], ['properties', position(properties, 'properties')], ['distinctId', position(distinctId, 'distinctId')]] as const) {
    if (value !== undefined) tracker[name] = value;
  }
  return tracker as unknown as Tracker;
}

export const inferCommand: Command = {
  name: 'infer',
  summary: 'draft a plan from the tracking calls already in the code',
  usage: `Usage: trackplan infer GLOB... [--product NAME=GLOB]... [--tracker CALLEE[:EVENT[:PROPERTIES]]]... [--out FILE]

Reads the JS/TS files matching the globs with eslint-plugin-trackplan's call recognition (every SDK it
knows, and your wrappers given with --tracker), and drafts a plan: one event per name sent, properties
typed by the values seen, enums for small sets of literals, required keys for those every call sends,
products from --product, super and people properties from their calls. Prints the inconsistencies it
found, each with file:line: one event spelled two ways, 'true' beside true, one key in two casings.

Options:
  --product NAME=GLOB   files of a product (repeatable): --product web='apps/web/**'
  --tracker SPEC        a wrapper (repeatable): trackEvent, or serverTrack:1:2 (event and properties positions)
  --out FILE            write the draft to FILE (default: standard output)`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: { product: { type: 'string', multiple: true }, tracker: { type: 'string', multiple: true }, out: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length === 0) throw new UsageError('infer needs the files to read, as globs: trackplan infer "src/**/*.ts"');
    const files = globSync(positionals, { cwd: io.cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] }).filter((f) => /\.[cm]?[jt]sx?$/.test(f));
    if (files.length === 0) throw new UsageError(`no JS/TS files match ${positionals.join(' ')}`);
    const products = (values.product ?? []).map((spec) => {
      const [name, glob] = spec.split('=');
      if (!name || !glob) throw new UsageError(`--product ${spec}: expected NAME=GLOB`);
      return { name, glob };
    });
    let infer: InferModule;
    try {
      const specifier = 'eslint-plugin-trackplan/infer';
      infer = (await import(specifier)) as InferModule;
    } catch (e) {
      throw new UsageError(`trackplan infer needs eslint-plugin-trackplan and @typescript-eslint/parser installed (${(e as Error).message.split('\n')[0]})`);
    }
    if (io.progress) io.progress(`reading ${files.length} files...`);
    const result = infer.inferPlan({ cwd: io.cwd, files, trackers: (values.tracker ?? []).map(parseTracker), products });
    io.progress?.('');
    const yaml = `# Drafted by \`trackplan infer\` from ${files.length} files (${result.calls} tracking calls). Review it, then run \`trackplan validate\`.\n${stringify(result.plan, { lineWidth: 0 })}`;
    if (values.out) writeOutput(resolve(io.cwd, values.out), yaml);
    else io.stdout(yaml.trimEnd());
    io.stderr(`trackplan: ${Object.keys(result.plan.events as object).length} events from ${result.calls} calls in ${files.length} files; ${result.inconsistencies.length} ${result.inconsistencies.length === 1 ? 'inconsistency' : 'inconsistencies'}${result.inconsistencies.length ? ':' : '.'}`);
    for (const i of result.inconsistencies) io.stderr(`${i.file}:${i.line}: ${i.message}`);
    return EXIT.ok;
  },
};
