import { join } from 'node:path';
// The recognisers build on the core as installed (its dist), so the plan comes from there too.
import { judgeCall, loadPlan, RULE_NAMES, type TrackingPlan } from '@trackplan/schema';
import type { LanguageRecognizer } from '../../cli/src/languages/language.js';
import { parserFor } from '../../cli/src/languages/tree-sitter.js';
import { FIXTURE } from '../helpers/rule-tester.js';

const { plan } = loadPlan(join(FIXTURE, 'tracking-plan.yaml'));
export const fixturePlan: TrackingPlan = plan!;

/**
 * What a user reads for `code` in that language: each finding as `rule line:column text: message`,
 * and the text after the fixes and first suggestions are applied.
 */
export async function judgeSource(
  language: LanguageRecognizer,
  code: string,
  products: string[] = ['backend'],
): Promise<{ findings: string[]; fixed: string }> {
  const parser = await parserFor(language.grammar);
  const tree = parser.parse(code)!;
  const sides = new Set(products.map((p) => fixturePlan.products.get(p)?.side));
  const calls = language.recognize(tree, {
    text: code,
    products,
    productSide: sides.size === 1 ? [...sides][0] : undefined,
    plan: fixturePlan,
    trackers: fixturePlan.code.trackers.filter((t) => t.from === undefined),
  });
  tree.delete();
  parser.delete();
  // The recommended rules: no-dynamic-event is opt-in.
  const findings = calls.flatMap((call) =>
    judgeCall(
      call,
      fixturePlan,
      RULE_NAMES.filter((r) => r !== 'no-dynamic-event'),
    ),
  );
  const lineOf = (offset: number) => {
    const before = code.slice(0, offset);
    return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
  };
  const edits = findings.flatMap((f) => f.fix ?? f.suggestions?.[0]?.edits ?? []).sort((a, b) => b.start - a.start);
  let fixed = code;
  for (const edit of edits) fixed = fixed.slice(0, edit.start) + edit.text + fixed.slice(edit.end);
  return {
    findings: findings.map((f) => `${f.rule} ${lineOf(f.span.start)} ${code.slice(f.span.start, f.span.end).split('\n')[0]}: ${f.message}`),
    fixed,
  };
}
