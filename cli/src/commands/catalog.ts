import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { MAX_HISTORY, repositoryUrl, writeCatalog } from '../catalog/write-catalog.js';
import { LANGUAGES } from '../check/check-sources.js';
import { loadValidPlan } from '../load-valid-plan.js';
import type { Command } from './command.js';

export const catalogCommand: Command = {
  name: 'catalog',
  summary: 'write a static, searchable catalog site of the plan for the people who query the data',
  usage: `Usage: trackplan catalog --out DIR [PATH...] [--plan FILE] [--title T] [--base-url URL] [--history N]

Writes a static site of the plan into DIR (HTML, CSS, one small script, the data as catalog.json):
events by product, searchable by name, description, property and owner and filtered by status,
product and side; a page per event with its lifecycle in words, properties and where the code sends
it; people and super properties; shared definitions with every property that uses them; and with
--history, the last commits that changed the plan, each with its risk-classified diff. It works
opened from file:// and from GitHub Pages, and asks no other host for anything.

  --out DIR        the folder to write (new, empty, or an earlier catalog, which is replaced)
  --plan FILE      the plan (default: found at or above the working directory)
  --title T        the site's title (default: Tracking plan)
  --base-url URL   the repository's address, for links to files and commits at this commit
                   (default in GitHub Actions: the workflow's repository)
  --history N      show the last N commits that changed the plan (default 0, at most ${MAX_HISTORY})
  PATH...          where to look for call sites (default: the plan's folder)

Call sites come from the same recognition as \`trackplan check\`: JS/TS, ${LANGUAGES.map((l) => l.name).join(', ')}.
Exit status: 0 written, 1 the plan is invalid, 2 a usage or I/O error.`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        plan: { type: 'string' },
        title: { type: 'string' },
        'base-url': { type: 'string' },
        history: { type: 'string', default: '0' },
      },
      allowPositionals: true,
    });
    if (values.out === undefined) throw new UsageError('--out DIR is required: the folder to write the site into');
    const history = Number(values.history);
    if (!Number.isInteger(history) || history < 0 || history > MAX_HISTORY)
      throw new UsageError(`--history ${values.history}: expected a whole number from 0 to ${MAX_HISTORY}`);
    const baseUrl = repositoryUrl(values['base-url'], io.env);
    const out = resolve(io.cwd, values.out);

    const plan = loadValidPlan(values.plan, io);
    if (typeof plan === 'number') return plan;
    const written = await writeCatalog(
      plan,
      { out, shownOut: `--out ${values.out}`, title: values.title, baseUrl, history, paths: positionals, cwd: io.cwd },
      io.progress,
    );
    for (const warning of written.warnings) io.stderr(`trackplan: ${warning}`);
    const shown = (path: string): string => (relative(io.cwd, path).startsWith('..') ? path : relative(io.cwd, path) || '.');
    io.stdout(
      `wrote the catalog of ${written.events} events (${written.callSites} call sites; ${written.unsent} planned but never sent) to ${shown(out)}: open ${shown(resolve(out, 'index.html'))}`,
    );
    return EXIT.ok;
  },
};
