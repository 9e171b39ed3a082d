import { relative } from 'node:path';
import { diffPlans, EMPTY_PLAN, meetsFailOn, reportProducts, type Change, type DiffablePlan, type Severity, type TrackingPlan } from '@trackplan/schema';
import { scriptsToParse, searchFiles } from './call-sites.js';
import { checkChangedLines, type ChangedLineFinding } from './check-changed-lines.js';
import { recognizedCallSites, recognizedLanguageCallSites } from './recognized-call-sites.js';
import type { GitHub } from './github-client.js';
import type { ActionInputs } from './inputs.js';
import { loadPlanVersions, type PlanVersion } from './plan-versions.js';
import { APPROVAL_LABEL, diffComment, invalidPlanComment } from './report.js';
import type { PullRequestContext } from './runner-context.js';
import { commentAuthor, commentMarker, currentLabels, upsertComment } from './sticky-comment.js';

export interface Annotation {
  readonly file: string;
  readonly startLine: number;
  readonly startColumn?: number;
  readonly title?: string;
}

/** What the action does to the world besides the API: logs, annotations, outputs, the job summary. */
export interface ActionIO {
  info(message: string): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  setOutput(name: string, value: string | number): void;
  appendSummary(markdown: string): Promise<void>;
}

/** GitHub shows at most 10 error and 10 warning annotations of a step; the rest are summarised. */
const MAX_ANNOTATIONS = 10;

/** Runs the action for every plan file; returns the failure message when the check should fail. */
export async function runAction(context: PullRequestContext, inputs: ActionInputs, io: ActionIO, github: GitHub): Promise<string | undefined> {
  const totals: Record<Severity, number> = { breaking: 0, dangerous: 0, safe: 0 };
  const failures: string[] = [];
  let commentUrl = '';
  let author: string | undefined;
  let canComment = inputs.comment;

  for (const planPath of inputs.plans) {
    const marker = commentMarker(planPath);
    const versions = loadPlanVersions(context.workspace, planPath, context.baseSha, context.headSha);
    const display = (file: string) => relative(context.workspace, file);
    let body: string;
    let create = true;

    if (versions.head.state === 'loaded' && !versions.head.result.valid) {
      const { diagnostics } = versions.head.result;
      for (const d of diagnostics.filter((x) => x.severity === 'error').slice(0, MAX_ANNOTATIONS)) {
        io.error(d.message, { file: display(d.location.file), startLine: d.location.line, startColumn: d.location.column, title: 'trackplan: invalid plan' });
      }
      body = invalidPlanComment(planPath, marker, diagnostics, display);
      failures.push(`${planPath} is not a valid tracking plan; run \`npx trackplan validate\``);
    } else {
      const base = diffable(versions.base, `${planPath} at the merge base`, io);
      const head = diffable(versions.head, planPath, io);
      const diff = diffPlans(base, head);
      for (const severity of Object.keys(totals) as Severity[]) totals[severity] += diff.summary[severity];
      const eventNames = [...new Set(diff.changes.flatMap((c) => (c.section === 'event' && c.eventName !== undefined ? [c.eventName] : [])))];
      const planFiles = new Set([versions.base, versions.head].flatMap((v) => (v.state === 'loaded' ? v.result.files.map(display) : [])));
      const search = searchFiles(context.workspace, inputs.usages, eventNames, planFiles, inputs.recognizeCalls);
      const scripts = scriptsToParse(search.scripts);
      const trackers = versions.head.state === 'loaded' ? (versions.head.result.plan?.code.trackers ?? []) : [];
      const recognized = scripts.length > 0 ? await recognizedCallSites(context.workspace, scripts, trackers, eventNames) : new Map<string, string[]>();
      const recognizedSources =
        search.sources.length > 0 ? await recognizedLanguageCallSites(context.workspace, search.sources, trackers, eventNames) : new Map<string, string[]>();
      const usages = (change: Change) =>
        change.section === 'event' && change.eventName
          ? [
              ...(recognized.get(change.eventName) ?? []),
              ...(recognizedSources.get(change.eventName) ?? []),
              ...(search.sites.get(change.eventName) ?? []),
            ].sort()
          : [];
      body = diffComment(planPath, marker, diff, reportProducts(base, head), usages);
      if (versions.head.state === 'loaded') annotate(diff.changes, versions.head.result.plan!, display, io);
      if (inputs.check && versions.head.state === 'loaded') {
        const findings = await checkChangedLines(context.workspace, versions.head.result.plan!, versions.mergeBase, context.headSha);
        const errors = annotateFindings(findings, io);
        if (errors > 0)
          failures.push(`${errors} tracking-call ${errors === 1 ? 'error' : 'errors'} against ${planPath} on the lines this pull request changes`);
      }
      create = diff.changes.length > 0;
      io.info(
        `${planPath}: ${diff.summary.breaking} breaking, ${diff.summary.dangerous} dangerous, ${diff.summary.safe} safe (merge base ${versions.mergeBase.slice(0, 7)})`,
      );
    }

    await io.appendSummary(body.replace(marker, '').trim());
    if (!canComment) continue;
    try {
      author ??= await commentAuthor(github, inputs.commentAuthor);
      const result = await upsertComment(github, { owner: context.owner, repo: context.repo, issueNumber: context.pullNumber, author, marker, body, create });
      if (result) {
        commentUrl = result.url;
        io.info(`${result.action} ${result.url}`);
      }
    } catch (e) {
      if ((e as { status?: number }).status !== 403) throw e;
      // A fork's pull request gets a read-only token: the summary still has the report.
      canComment = false;
      io.warning(
        'trackplan: no comment on this pull request: the token cannot write to it (a pull request from a fork gets a read-only token). ' +
          'The report is in the job summary. To comment, give the job `permissions: pull-requests: write`.',
      );
    }
  }

  io.setOutput('breaking', totals.breaking);
  io.setOutput('dangerous', totals.dangerous);
  io.setOutput('safe', totals.safe);
  io.setOutput('comment-url', commentUrl);

  if (meetsFailOn(totals, inputs.failOn)) {
    const labels = await currentLabels(github, context.owner, context.repo, context.pullNumber);
    const counted = inputs.failOn === 'dangerous' ? `${totals.breaking} breaking and ${totals.dangerous} dangerous` : `${totals.breaking} breaking`;
    if (labels.includes(APPROVAL_LABEL)) io.info(`${counted} tracking plan changes, approved by the label ${APPROVAL_LABEL}`);
    else
      failures.push(
        `${counted} tracking plan changes: review them with every product team named in the comment, then add the label \`${APPROVAL_LABEL}\` to approve`,
      );
  }
  return failures.length > 0 ? failures.join('\n') : undefined;
}

function diffable(version: PlanVersion, what: string, io: ActionIO): DiffablePlan {
  if (version.state === 'absent') return version.plan;
  if (!version.result.valid) {
    io.warning(`${what} is not a valid plan; comparing against an empty plan`);
    return EMPTY_PLAN;
  }
  return version.result.plan!;
}

/** Breaking changes as errors and dangerous ones as warnings, on the lines of the plan that changed. */
function annotate(changes: readonly Change[], head: TrackingPlan, display: (file: string) => string, io: ActionIO): void {
  for (const severity of ['breaking', 'dangerous'] as const) {
    const shown = changes.filter((c) => c.severity === severity && c.pathIn === 'head');
    for (const change of shown.slice(0, MAX_ANNOTATIONS)) {
      const location = head.locate(change.path);
      const annotation = { file: display(location.file), startLine: location.line, startColumn: location.column, title: `trackplan: ${severity} change` };
      const message = `${change.message}. ${change.reason}`;
      if (severity === 'breaking') io.error(message, annotation);
      else io.warning(message, annotation);
    }
    if (shown.length > MAX_ANNOTATIONS) io.info(`${shown.length - MAX_ANNOTATIONS} more ${severity} changes are in the comment and the job summary`);
  }
}

/** `trackplan check`'s findings on the changed lines, as annotations (the first 10 of each severity); how many are errors. */
function annotateFindings(findings: readonly ChangedLineFinding[], io: ActionIO): number {
  for (const severity of ['error', 'warning'] as const) {
    const shown = findings.filter((f) => f.severity === severity);
    for (const f of shown.slice(0, MAX_ANNOTATIONS)) {
      const annotation = { file: f.file, startLine: f.line, startColumn: f.column, title: `trackplan: ${f.rule}` };
      if (severity === 'error') io.error(f.message, annotation);
      else io.warning(f.message, annotation);
    }
    if (shown.length > MAX_ANNOTATIONS) io.info(`${shown.length - MAX_ANNOTATIONS} more tracking-call ${severity}s: run \`npx trackplan check\``);
  }
  return findings.filter((f) => f.severity === 'error').length;
}
