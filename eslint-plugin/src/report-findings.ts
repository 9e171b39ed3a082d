import type { TSESLint } from '@typescript-eslint/utils';
import type { Finding, Judgement, TextEdit } from '@trackplan/schema';
import type { PlanProblemMessageId } from './create-rule.js';
import { onTrackingCalls } from './file-analysis.js';

type Context<MessageId extends string> = Readonly<TSESLint.RuleContext<MessageId, readonly unknown[]>>;

const applyEdits =
  (edits: readonly TextEdit[]): TSESLint.ReportFixFunction =>
  (fixer) =>
    edits.map((edit) => fixer.replaceTextRange([edit.start, edit.end], edit.text));

/** The core's findings as ESLint reports: offsets become line and column, text edits become fixes. */
export function reportFindings<MessageId extends string>(context: Context<MessageId>, findings: readonly Finding<MessageId>[]): void {
  for (const finding of findings) {
    const { sourceCode } = context;
    context.report({
      loc: { start: sourceCode.getLocFromIndex(finding.span.start), end: sourceCode.getLocFromIndex(finding.span.end) },
      messageId: finding.messageId,
      data: finding.data,
      fix: finding.fix ? applyEdits(finding.fix) : null,
      suggest: finding.suggestions?.map((s) => ({ messageId: s.messageId, data: s.data, fix: applyEdits(s.edits) })),
    });
  }
}

/**
 * A rule's listener: each tracking call is recognised (once per file, shared by every rule),
 * described, judged by the core with the rule's options, and the findings reported.
 */
export function onJudgedCalls<JudgedId extends string, Options>(
  context: Context<JudgedId | PlanProblemMessageId>,
  judgement: Judgement<JudgedId, Options>,
  options: Options,
  { typeAware = false }: { readonly typeAware?: boolean } = {},
): TSESLint.RuleListener {
  return onTrackingCalls(
    context,
    (analysis) => (node) => {
      const call = analysis.trackingCall(node);
      if (call) reportFindings(context, judgement.judge(analysis.describe(call, typeAware), analysis.planState.plan, options));
    },
    { typeAware },
  );
}
