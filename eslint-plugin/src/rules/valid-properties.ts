import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { TrackingPlan } from '@trackplan/schema';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { TYPE_AWARE_DEFAULTS, TYPE_AWARE_SCHEMA, type TypeAwareOptions } from '../rule-options.js';
import { onTrackingCalls, type FileAnalysis } from '../file-analysis.js';
import { checkProperties, type PropertyProblem, type WriteMode } from '../properties/check-properties.js';
import { eventTarget, peopleTarget, superPropertiesTarget, type PropertyTarget } from '../properties/property-target.js';
import type { StaticEntry } from '../properties/static-object.js';
import { withType } from '../properties/typed-entries.js';
import { personUpdatesInEvent, writtenEntries, type WrittenEntries } from '../properties/written-entries.js';
import { vendorOf } from '../sdk/sdk-catalog.js';
import type { TrackingCall } from '../sdk/tracking-call.js';

type Options = [TypeAwareOptions];
type MessageIds = 'unknownProperty' | 'missingProperty' | 'invalidValue' | 'renameKey' | 'replaceValue' | PlanProblemMessageId;

/** What each people method writes: values, list items, or names only. */
const PEOPLE_MODES: Readonly<Record<string, WriteMode | undefined>> = {
  set: 'values',
  set_once: 'values',
  increment: 'values',
  union: 'values',
  append: 'item',
  remove: 'item',
  unset: 'names',
};

export default createRule<Options, MessageIds>({
  name: 'valid-properties',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the properties sent with events, super properties and people updates to match the tracking plan',
      recommended: 'error',
    },
    hasSuggestions: true,
    messages: {
      ...PLAN_PROBLEM_MESSAGES,
      unknownProperty: '`{{name}}` is not a property of {{target}}.{{hint}}',
      missingProperty: '{{target}} requires {{names}}.',
      invalidValue: '{{message}} ({{target}}).',
      renameKey: 'Rename it to `{{name}}`.',
      replaceValue: 'Write `{{value}}`.',
    },
    schema: TYPE_AWARE_SCHEMA,
    defaultOptions: TYPE_AWARE_DEFAULTS,
  },
  defaultOptions: TYPE_AWARE_DEFAULTS,
  create(context, [{ typeAware = false }]) {
    return onTrackingCalls(
      context,
      (analysis) => {
        const { plan } = analysis.planState;
        if (!plan) return undefined;
        return (node: TSESTree.CallExpression) => {
          const call = analysis.trackingCall(node);
          if (!call) return;
          const reported = new Set<string>();
          for (const { target, mode, checkRequired, written } of targetsOf(call, plan, analysis, typeAware)) {
            const entries = written ?? entriesOf(call, analysis, mode, typeAware);
            if (!entries) {
              if (checkRequired && !call.properties && target.required.length > 0)
                report(context, reported, call.event ?? node, { type: 'missing', names: target.required }, target);
              continue;
            }
            for (const problem of checkProperties(entries.entries, entries.complete, target, mode, checkRequired)) {
              report(context, reported, problem.type === 'missing' ? entries.node : problem.entry.keyNode, problem, target);
            }
          }
        };
      },
      { typeAware },
    );
  },
});

interface CheckedTarget {
  readonly target: PropertyTarget;
  readonly mode: WriteMode;
  readonly checkRequired: boolean;
  /** What is written to this target, when it is not the call's own properties (PostHog's `$set` inside an event). */
  readonly written?: WrittenEntries;
}

/** The planned properties a call writes: its events' (known, not retired: known-event reports those), the super properties, or the people. */
function targetsOf(call: TrackingCall, plan: TrackingPlan, analysis: FileAnalysis, typeAware: boolean): CheckedTarget[] {
  const vendor = vendorOf(call.sdk);
  switch (call.kind) {
    case 'track': {
      const events = (analysis.eventsOf(call, typeAware) ?? [])
        .filter(({ event }) => event && event.status !== 'retired')
        .map(({ event }) => ({ target: eventTarget(plan, event!, vendor), mode: 'values' as const, checkRequired: true }));
      const personUpdates = plan.governs.people
        ? personUpdatesInEvent(call, analysis.environment).map((written) => ({
            target: peopleTarget(plan, vendor),
            mode: 'values' as const,
            checkRequired: false,
            written,
          }))
        : [];
      return [...events, ...personUpdates];
    }
    // A plan without a superProperties or people section does not govern them yet.
    case 'register':
      return plan.governs.superProperties ? [{ target: superPropertiesTarget(plan, vendor), mode: 'values', checkRequired: false }] : [];
    case 'unregister':
      return plan.governs.superProperties ? [{ target: superPropertiesTarget(plan, vendor), mode: 'names', checkRequired: false }] : [];
    case 'people': {
      const mode = PEOPLE_MODES[call.peopleMethod ?? ''];
      return mode && plan.governs.people ? [{ target: peopleTarget(plan, vendor), mode, checkRequired: false }] : [];
    }
    default:
      return [];
  }
}

function entriesOf(
  call: TrackingCall,
  analysis: FileAnalysis,
  mode: WriteMode,
  typeAware: boolean,
): { node: TSESTree.Node; entries: readonly StaticEntry[]; complete: boolean } | undefined {
  const found = writtenEntries(call, analysis.environment, mode === 'names');
  return found && typeAware ? { ...found, entries: found.entries.map((entry) => withType(entry, analysis)) } : found;
}

function report(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  reported: Set<string>,
  node: TSESTree.Node,
  problem: PropertyProblem,
  target: PropertyTarget,
): void {
  // A value sent for either of two events may break both the same way: say it once.
  const id = `${node.range[0]}:${problem.type}:${problem.type === 'invalid' ? problem.message : ''}`;
  if (reported.has(id)) return;
  reported.add(id);
  switch (problem.type) {
    case 'unknown': {
      const { entry, closest, sameButCase } = problem;
      const hint = sameButCase
        ? ` The plan spells it \`${sameButCase}\`.`
        : closest.length > 0
          ? ` Did you mean ${closest.map((n) => `\`${n}\``).join(' or ')}?`
          : '';
      const rename = sameButCase ?? (closest.length === 1 ? closest[0] : undefined);
      const renamable = entry.keyNode.type === 'Identifier' || (entry.keyNode.type === 'Literal' && typeof entry.keyNode.value === 'string');
      context.report({
        node,
        messageId: 'unknownProperty',
        data: { name: entry.key, target: target.label, hint },
        suggest:
          rename && renamable && /^[A-Za-z_$][\w$]*$/.test(rename)
            ? [{ messageId: 'renameKey', data: { name: rename }, fix: (fixer) => fixer.replaceText(entry.keyNode, rename) }]
            : [],
      });
      return;
    }
    case 'missing':
      context.report({
        node,
        messageId: 'missingProperty',
        data: { target: capitalize(target.label), names: problem.names.map((n) => `\`${n}\``).join(', ') },
      });
      return;
    case 'invalid': {
      const { entry, replacement } = problem;
      const literal = entry.valueNode.type === 'Literal';
      context.report({
        node: entry.valueNode,
        messageId: 'invalidValue',
        data: { message: problem.message, target: target.label },
        suggest:
          replacement !== undefined && literal
            ? [{ messageId: 'replaceValue', data: { value: replacement }, fix: (fixer) => fixer.replaceText(entry.valueNode, replacement) }]
            : [],
      });
    }
  }
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
