import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { fromAvo } from '../import/avo.js';
import { fromIglu } from '../import/iglu.js';
import type { ImportedPlan } from '../import/imported-plan.js';
import { fromSegment } from '../import/segment.js';
import { toPlan } from '../import/to-plan.js';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import type { Command } from './command.js';
import { writeOutput } from '../write-output.js';
import { PlanReadError, describeFsError } from '@trackplan/schema';

const IMPORTERS: Readonly<Record<string, (documents: unknown[]) => ImportedPlan>> = { segment: fromSegment, iglu: fromIglu, avo: fromAvo };

export const importCommand: Command = {
  name: 'import',
  summary: 'convert a Segment Protocols, Snowplow Iglu or Avo plan into a trackplan plan',
  usage: `Usage: trackplan import segment|iglu|avo FILE... [--out tracking-plan.yaml]

Reads another tool's plan and writes a trackplan plan:
  segment  the tracking plan rules of Segment's Public API ({ rules: [{ key, type, version, jsonSchema }] })
  iglu     Snowplow self-describing JSON Schemas (the latest version of each vendor/name)
  avo      Avo's JSON Schema export (one schema per event, named by its title)
Event keys come from the names (the same name always gives the same key), conventions from what the
names follow, deprecated or archived events stay deprecated, and everything that cannot be carried
over is listed on standard error.

Options:
  --out FILE   write the plan to FILE (default: standard output)`,
  run(args: string[], io: CliIo): number {
    const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true });
    const [format, ...files] = positionals;
    const importer = format && Object.hasOwn(IMPORTERS, format) ? IMPORTERS[format] : undefined;
    if (!importer) throw new UsageError('import takes a format (segment, iglu or avo) and one or more files');
    if (files.length === 0) throw new UsageError(`import ${format} needs the file(s) to read`);
    const documents = files.map((file) => {
      const path = resolve(io.cwd, file);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        throw new PlanReadError(path, describeFsError(e));
      }
      try {
        return JSON.parse(text) as unknown;
      } catch (e) {
        throw new UsageError(`${file}: not JSON (${(e as Error).message})`);
      }
    });
    const { plan, notes } = toPlan(importer(documents));
    const yaml = `# Imported by \`trackplan import ${format}\` from ${files.join(', ')}. Review, then run \`trackplan validate\`.\n${stringify(plan, { lineWidth: 0 })}`;
    if (values.out) writeOutput(resolve(io.cwd, values.out), yaml);
    else io.stdout(yaml.trimEnd());
    const events = Object.keys(plan.events as object).length;
    io.stderr(
      `trackplan: imported ${events} ${events === 1 ? 'event' : 'events'}${notes.length ? `; ${notes.length} ${notes.length === 1 ? 'thing' : 'things'} not carried over as is:` : '.'}`,
    );
    for (const note of notes) io.stderr(`  - ${note}`);
    return EXIT.ok;
  },
};
