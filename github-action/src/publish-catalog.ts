import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { catalogsIndexPage, loadPlan } from '@trackplan/schema';
import { ActionError } from './action-error.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './run-action.js';

/** `apps/web/tracking-plan.yaml` → `apps-web-tracking-plan`: one folder per plan when there are several. */
const folderFor = (plan: string): string =>
  plan
    .replace(/\.(ya?ml|json)$/i, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'plan';

/**
 * Writes the catalog site of each plan into the `catalog` folder (a subfolder per plan and a page
 * linking them when there are several), for a Pages deploy step: call sites from the checkout, the last `catalog-history`
 * commits that changed the plan, links to the workflow's repository at this commit.
 */
export async function publishCatalog(workspace: string, inputs: ActionInputs, env: NodeJS.ProcessEnv, io: ActionIO): Promise<void> {
  if (inputs.catalog === undefined) return;
  const { repositoryUrl, writeCatalog } = await import('trackplan/catalog');
  const written: { folder: string; title: string; planFile: string; events: number }[] = [];
  for (const planPath of inputs.plans) {
    const folder = inputs.plans.length === 1 ? inputs.catalog : join(inputs.catalog, folderFor(planPath));
    const { plan, valid } = loadPlan(join(workspace, planPath));
    if (!plan || !valid) throw new ActionError(`cannot write the catalog: ${planPath} is not a valid tracking plan; run \`npx trackplan validate\``);
    try {
      const site = await writeCatalog(plan, {
        out: join(workspace, folder),
        shownOut: `the catalog folder ${folder}`,
        // Several plans: each site says which plan it is.
        title: inputs.plans.length > 1 ? planPath : undefined,
        history: inputs.catalogHistory,
        baseUrl: repositoryUrl(undefined, env),
        cwd: workspace,
      });
      for (const warning of site.warnings) io.warning(`trackplan catalog: ${warning}`);
      io.info(`trackplan: wrote the catalog of ${planPath} (${site.events} events, ${site.callSites} call sites) to ${folder}`);
      written.push({ folder: folderFor(planPath), title: planPath, planFile: planPath, events: site.events });
    } catch (e) {
      // The CLI's usage errors (a folder that holds something else) are the workflow's to fix.
      if (e instanceof Error && e.name === 'UsageError') throw new ActionError(`cannot write the catalog: ${e.message}`);
      throw e;
    }
  }
  io.setOutput('catalog-path', join(workspace, inputs.catalog));
  // Several plans: a page that links their catalogs, where the Pages site starts.
  if (written.length > 1) writeFileSync(join(workspace, inputs.catalog, 'index.html'), catalogsIndexPage('Tracking plans', written));
}
