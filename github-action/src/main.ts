import * as core from '@actions/core';
import { ActionError } from './action-error.js';
import { createGitHubClient, GitHubTimeoutError } from './github-client.js';
import { readInputs } from './inputs.js';
import { publishCatalog } from './publish-catalog.js';
import { isPullRequestRun, readRunnerContext } from './runner-context.js';
import { runAction, type ActionIO } from './run-action.js';

// The action's entry point: the runner's inputs and context in, outputs and the exit state out.
try {
  const inputs = readInputs((name) => core.getInput(name));
  const io: ActionIO = {
    info: (message) => {
      core.info(message);
    },
    warning: (message, annotation) => {
      core.warning(message, annotation ?? {});
    },
    error: (message, annotation) => {
      core.error(message, annotation ?? {});
    },
    setOutput: (name, value) => {
      core.setOutput(name, value);
    },
    appendSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
    },
  };
  await publishCatalog(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs, process.env, io);
  // On a push (to publish the catalog), there is no pull request to comment on.
  if (inputs.catalog === undefined || isPullRequestRun(process.env)) {
    const context = readRunnerContext(process.env);
    const github = createGitHubClient(
      inputs.token,
      context.apiUrl,
      (message) => {
        core.info(message);
      },
      inputs.requestLimits,
    );
    const failure = await runAction(context, inputs, io, github);
    if (failure) core.setFailed(failure);
  }
} catch (e) {
  const status = (e as { status?: number }).status;
  const message =
    e instanceof ActionError || e instanceof GitHubTimeoutError
      ? e.message
      : status !== undefined
        ? `GitHub API error ${status}: ${(e as Error).message}`
        : `internal error: ${e instanceof Error ? e.message : String(e)} (re-run with debug logging for details)`;
  if (!(e instanceof ActionError) && !(e instanceof GitHubTimeoutError)) core.debug(String((e as Error).stack));
  core.setFailed(`trackplan: ${message}`);
}
