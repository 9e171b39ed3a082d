import { existsSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { stringify } from 'yaml';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import type { Command } from './command.js';
import type { DescribedCallAt } from 'eslint-plugin-trackplan/infer';
import { LANGUAGE_EXTENSIONS, recognizeFiles } from '../languages/recognize-files.js';

const SCRIPT = /\.[cm]?[jt]sx?$/;
import { writeOutput } from '../write-output.js';
import { fileSystemReader, isObject, parsePlanFile, readCodeSection, type Tracker } from '@trackplan/schema';

const TRACKER_KINDS = ['track', 'people', 'register', 'identify'];

/**
 * A wrapper from the command line: `serverTrack:1:2:0` (callee, then the event, properties and
 * distinctId positions), with any other tracker field after commas:
 * `trackEvent,from=./analytics`, `track,object=true,side=server`, `setTraits,kind=people,properties=0`.
 */
function parseTracker(spec: string): Tracker {
  const [head = '', ...fields] = spec.split(',');
  const [callee, event, properties, distinctId] = head.split(':');
  if (!callee || !/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(callee))
    throw new UsageError(`--tracker ${spec}: expected callee[:event[:properties[:distinctId]]][,field=value...]`);
  const tracker: Record<string, unknown> = { callee };
  const position = (value: string, what: string): number => {
    if (!/^\d+$/.test(value)) throw new UsageError(`--tracker ${spec}: ${what} must be an argument position (a number)`);
    return Number(value);
  };
  for (const [name, value] of [
    ['event', event],
    ['properties', properties],
    ['distinctId', distinctId],
  ] as const) {
    if (value !== undefined && value !== '') tracker[name] = position(value, name);
  }
  for (const field of fields) {
    const [name = '', value = ''] = field.split('=');
    if (name === 'event' || name === 'properties' || name === 'distinctId') tracker[name] = position(value, name);
    else if (name === 'from') tracker.from = value;
    else if (name === 'object') tracker.object = value === 'true';
    else if (name === 'kind' && TRACKER_KINDS.includes(value)) tracker.kind = value;
    else if (name === 'side' && (value === 'client' || value === 'server')) tracker.side = value;
    else
      throw new UsageError(
        `--tracker ${spec}: unknown field \`${field}\`; fields are from, object, kind (${TRACKER_KINDS.join('|')}), side (client|server), event, properties, distinctId`,
      );
  }
  return tracker as unknown as Tracker;
}

/** The sections of an existing plan that a new draft keeps: how the code calls analytics, the conventions, the products. */
interface KeptSections {
  readonly code?: Record<string, unknown>;
  readonly conventions?: unknown;
  readonly products?: Record<string, unknown>;
}

/** What `--out` already holds, when it is a plan: its code (whose wrappers are also what infer looks for), conventions and products. */
function keptSections(file: string): KeptSections {
  if (!existsSync(file)) return {};
  // Read as any plan is: a regular file, size-capped.
  const text = fileSystemReader.readText(file);
  const parsed = parsePlanFile(file, text);
  if (!parsed.ok || !isObject(parsed.document.value))
    throw new UsageError(`${file} exists and is not a readable plan: infer would overwrite it; fix it or choose another --out`);
  const { code, conventions, products } = parsed.document.value;
  return { ...(isObject(code) ? { code } : {}), ...(conventions !== undefined ? { conventions } : {}), ...(isObject(products) ? { products } : {}) };
}

export const inferCommand: Command = {
  name: 'infer',
  summary: 'draft a plan from the tracking calls already in the code',
  usage: `Usage: trackplan infer GLOB... [--product NAME=GLOB]... [--tracker SPEC]... [--out FILE]

Reads the files matching the globs — JS/TS with eslint-plugin-trackplan's call recognition, Swift,
Kotlin, Java, Ruby and Python with \`trackplan check\`'s (every SDK they know, and your wrappers given
with --tracker) — and drafts a plan: one event per name sent, properties
typed by the values seen, enums for small sets of literals, required keys for those every call sends,
products from --product, super and people properties from their calls. Prints the inconsistencies it
found, each with file:line: one event spelled two ways, 'true' beside true, one key in two casings.

Options:
  --product NAME=GLOB   files of a product (repeatable): --product web='apps/web/**'
  --tracker SPEC        a wrapper (repeatable): trackEvent, serverTrack:1:2:0 (event, properties and
                        distinctId positions), and any other field after commas:
                        trackEvent,from=./analytics  track,object=true,side=server  setTraits,kind=people
  --no-types            do not read property types from TypeScript (by default, with a tsconfig.json in
                        the working directory, values the code does not spell out are typed by it)
  --out FILE            write the draft to FILE (default: standard output). When FILE is already a
                        plan, its code section (whose wrappers are read too), conventions and products
                        are kept`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: {
        product: { type: 'string', multiple: true },
        tracker: { type: 'string', multiple: true },
        out: { type: 'string' },
        'no-types': { type: 'boolean' },
      },
      allowPositionals: true,
    });
    if (positionals.length === 0) throw new UsageError('infer needs the files to read, as globs: trackplan infer "src/**/*.ts"');
    const files = globSync(positionals, { cwd: io.cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] }).filter(
      (f) => SCRIPT.test(f) || LANGUAGE_EXTENSIONS.has(extname(f)),
    );
    if (files.length === 0) throw new UsageError(`no JS/TS, Swift, Kotlin, Java, Ruby or Python files match ${positionals.join(' ')}`);
    const scripts = files.filter((f) => SCRIPT.test(f));
    const out = values.out === undefined ? undefined : resolve(io.cwd, values.out);
    const kept = out ? keptSections(out) : {};
    // The existing plan's wrappers first: without them the calls through them would not be found.
    const keptTrackers = (readCodeSection(kept.code ? { code: kept.code } : {})?.trackers ?? []) as Tracker[];
    const trackers = [...keptTrackers, ...(values.tracker ?? []).map(parseTracker).filter((t) => !keptTrackers.some((k) => k.callee === t.callee))];
    const products = (values.product ?? []).map((spec) => {
      const [name, glob] = spec.split('=');
      if (!name || !glob) throw new UsageError(`--product ${spec}: expected NAME=GLOB`);
      return { name, glob };
    });
    // The JS/TS recognition (and its parser) loads only for the commands that read code.
    const infer = await import('eslint-plugin-trackplan/infer');
    if (io.progress) io.progress(`reading ${files.length} files...`);
    // With a tsconfig.json, values the code does not spell out are typed by TypeScript.
    const types = values['no-types'] !== true && existsSync(resolve(io.cwd, 'tsconfig.json'));
    // Other languages through `trackplan check`'s grammars, into the same draft.
    const described: DescribedCallAt[] = [];
    await recognizeFiles(
      files.filter((f) => !SCRIPT.test(f)),
      trackers,
      (file, calls) => {
        const display = relative(io.cwd, file).split('\\').join('/');
        for (const { line, call } of calls) described.push({ file: display, line, call });
      },
    );
    const result = infer.inferPlan({ cwd: io.cwd, files: scripts, trackers, products, types, described });
    const plan = withKeptSections(result.plan, kept, trackers);
    io.progress?.('');
    const yaml = `# Drafted by \`trackplan infer\` from ${files.length} files (${result.calls} tracking calls). Review it, then run \`trackplan validate\`.\n${stringify(plan, { lineWidth: 0 })}`;
    if (out) writeOutput(out, yaml);
    else io.stdout(yaml.trimEnd());
    io.stderr(
      `trackplan: ${Object.keys(plan.events as object).length} events from ${result.calls} calls in ${files.length} files; ${result.inconsistencies.length} ${result.inconsistencies.length === 1 ? 'inconsistency' : 'inconsistencies'}${result.inconsistencies.length ? ':' : '.'}`,
    );
    for (const i of result.inconsistencies) io.stderr(`${i.file}:${i.line}: ${i.message}`);
    return EXIT.ok;
  },
};

/** The draft with the existing plan's conventions, products (new ones added) and code section (its wrappers and the new ones). */
function withKeptSections(draft: Record<string, unknown>, kept: KeptSections, trackers: readonly Tracker[]): Record<string, unknown> {
  const products = kept.products
    ? {
        ...kept.products,
        ...(isObject(draft.products) ? Object.fromEntries(Object.entries(draft.products).filter(([name]) => !Object.hasOwn(kept.products!, name))) : {}),
      }
    : draft.products;
  const code = kept.code || trackers.length ? { ...(kept.code ?? {}), ...(trackers.length ? { trackers } : {}) } : undefined;
  const { version, conventions, events, ...rest } = draft;
  delete rest.products;
  delete rest.code;
  return {
    version,
    conventions: kept.conventions ?? conventions,
    ...(products ? { products } : {}),
    ...(code ? { code } : {}),
    events,
    ...rest,
  };
}
