import { dirname, relative } from 'node:path';
import { buildCatalog, GitError, renderCatalogSite, repositoryRoot, resolveRevision, type PlanRevision, type TrackingPlan } from '@trackplan/schema';
import { UsageError } from '../cli-io.js';
import { LANGUAGES, SCRIPT_EXTENSIONS } from '../check/check-sources.js';
import { sourceFiles } from '../check/source-files.js';
import { planCallSites } from './plan-call-sites.js';
import { planHistory } from './plan-history.js';
import { writeSite } from './write-site.js';

/** More commits than a page can usefully show, and a bound on the git work a run does. */
export const MAX_HISTORY = 500;

export interface CatalogOptions {
  /** The folder to write, absolute, and how messages name it (`--out site`). */
  readonly out: string;
  readonly shownOut?: string;
  readonly title?: string;
  readonly baseUrl?: string;
  readonly history: number;
  /** Where to look for call sites (absolute or from `cwd`); default the plan's folder. */
  readonly paths?: readonly string[];
  readonly cwd: string;
}

export interface WrittenCatalog {
  readonly events: number;
  readonly callSites: number;
  /** Active and deprecated events no code sends. */
  readonly unsent: number;
  /** What the reader of the run should know: a history cut short by a shallow clone, a plan that did not load. */
  readonly warnings: readonly string[];
}

/** The commit checked out; undefined in a repository without one yet. */
function headCommit(root: string): string | undefined {
  try {
    return resolveRevision('HEAD', root);
  } catch (e) {
    if (e instanceof GitError) return undefined;
    throw e;
  }
}

/**
 * The catalog of a valid plan, written as a site: call sites found under `paths` by the recognition
 * `check` uses, the last `history` commits that changed the plan, links to the repository at its
 * commit. What `trackplan catalog` and the action's `catalog` input both run.
 */
export async function writeCatalog(plan: TrackingPlan, options: CatalogOptions, progress?: (line: string) => void): Promise<WrittenCatalog> {
  let root: string | undefined;
  try {
    root = repositoryRoot(dirname(plan.file));
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
  }
  const warnings: string[] = [];
  // Like a shallow clone's, a history that cannot be had is said, and the rest of the site written.
  if (options.history > 0 && root === undefined) warnings.push(`no history: ${plan.file} is not in a git repository`);
  const top = root ?? dirname(plan.file);

  const extensions = new Set([...SCRIPT_EXTENSIONS, ...LANGUAGES.flatMap((l) => l.extensions)]);
  let files: string[];
  try {
    files = sourceFiles(options.paths && options.paths.length > 0 ? options.paths : [dirname(plan.file)], options.cwd, extensions, plan.file, plan.code);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  // The site never lists its own folder's files as call sites.
  files = files.filter((f) => relative(options.out, f).startsWith('..'));
  progress?.(`finding call sites in ${files.length} files...`);
  const callSites = await planCallSites(plan, files, top);
  progress?.('');

  let revisions: PlanRevision[] = [];
  if (options.history > 0 && root !== undefined) {
    const found = planHistory(plan, root, options.history);
    revisions = found.revisions;
    if (found.cutShort)
      warnings.push(`the history stops after ${revisions.length} commits: the clone is shallow (in GitHub Actions, checkout with fetch-depth: 0)`);
    for (const commit of found.unreadable) warnings.push(`the plan did not load at ${commit.slice(0, 7)}; that commit's changes are left out`);
  }

  const catalog = buildCatalog(plan, {
    title: options.title,
    planFile: relative(top, plan.file).split('\\').join('/'),
    commit: root === undefined ? undefined : headCommit(root),
    baseUrl: options.baseUrl,
    callSites,
    history: revisions,
  });
  writeSite(options.out, renderCatalogSite(catalog), options.shownOut);
  return {
    events: catalog.events.length,
    callSites: callSites.length,
    unsent: catalog.events.filter((e) => e.status !== 'retired' && e.callSites.length === 0).length,
    warnings,
  };
}

/** The repository's web address: the option, else GitHub Actions' own variables. No credentials in it. */
export function repositoryUrl(option: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const value = option ?? (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url ${value}: not a URL (expected the repository's address, such as https://github.com/acme/shop)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--base-url ${value}: expected an http or https address`);
  if (url.username || url.password) throw new UsageError('--base-url: an address with credentials in it is refused (they would be published in every link)');
  return url.href.replace(/\/+$/, '');
}
