import type { TrackingPlan } from '../../tracking-plan.js';
import type { CallDescription, Span, WrittenEntries } from '../call-description.js';
import { checkProperties, type PropertyProblem, type WriteMode } from '../check-properties.js';
import { codeList, type Finding, type Judgement } from '../finding.js';
import { eventsOf } from '../events-of.js';
import { eventTarget, peopleTarget, superPropertiesTarget, type PropertyTarget } from '../property-target.js';

type MessageId = 'unknownProperty' | 'missingProperty' | 'invalidValue' | 'renameKey' | 'replaceValue';

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

/** The properties sent with events, registered as super properties and written to the people match the plan. */
export const validProperties: Judgement<MessageId, undefined> = {
  name: 'valid-properties',
  messages: {
    unknownProperty: '`{{name}}` is not a property of {{target}}.{{hint}}',
    missingProperty: '{{target}} requires {{names}}.',
    invalidValue: '{{message}} ({{target}}).',
    renameKey: 'Rename it to `{{name}}`.',
    replaceValue: 'Write `{{value}}`.',
  },
  defaultOptions: undefined,
  judge(call, plan) {
    if (!plan) return [];
    const findings: Finding<MessageId>[] = [];
    // A value sent for either of two events may break both the same way: said once.
    const said = new Set<string>();
    const say = (finding: Finding<MessageId>, problem: PropertyProblem): void => {
      const id = `${finding.span.start}:${problem.type}:${problem.type === 'invalid' ? problem.message : ''}`;
      if (said.has(id)) return;
      said.add(id);
      findings.push(finding);
    };
    for (const { target, mode, checkRequired, written = call.written } of targetsOf(call, plan)) {
      if (!written) {
        if (checkRequired && !call.passesProperties && target.required.length > 0) {
          const problem = { type: 'missing', names: target.required } as const;
          say(findingOf(problem, target, call.event?.span ?? call.span), problem);
        }
        continue;
      }
      for (const problem of checkProperties(written.entries, written.complete, target, mode, checkRequired)) {
        say(findingOf(problem, target, written.span), problem);
      }
    }
    return findings;
  },
};

interface CheckedTarget {
  readonly target: PropertyTarget;
  readonly mode: WriteMode;
  readonly checkRequired: boolean;
  /** What is written to this target, when it is not the call's own properties (PostHog's `$set` inside an event). */
  readonly written?: WrittenEntries;
}

/** The planned properties a call writes: its events' (known, not retired: known-event reports those), the super properties, or the people. */
function targetsOf(call: CallDescription, plan: TrackingPlan): CheckedTarget[] {
  const { vendor } = call;
  switch (call.kind) {
    case 'track': {
      const events = eventsOf(call, plan).flatMap(({ event }) =>
        event && event.status !== 'retired' ? [{ target: eventTarget(plan, event, vendor), mode: 'values' as const, checkRequired: true }] : [],
      );
      const personUpdates = plan.governs.people
        ? call.personUpdates.map((written) => ({ target: peopleTarget(plan, vendor), mode: 'values' as const, checkRequired: false, written }))
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

function findingOf(problem: PropertyProblem, target: PropertyTarget, missingAt: Span): Finding<MessageId> {
  switch (problem.type) {
    case 'unknown': {
      const { entry, closest, sameButCase } = problem;
      const hint = sameButCase ? ` The plan spells it \`${sameButCase}\`.` : closest.length > 0 ? ` Did you mean ${codeList(closest, ' or ')}?` : '';
      const name = sameButCase ?? (closest.length === 1 ? closest[0] : undefined);
      const text = name === undefined ? undefined : entry.renameKey?.(name);
      return {
        messageId: 'unknownProperty',
        span: entry.keySpan,
        data: { name: entry.key, target: target.label, hint },
        suggestions: name !== undefined && text !== undefined ? [{ messageId: 'renameKey', data: { name }, edits: [{ ...entry.keySpan, text }] }] : [],
      };
    }
    case 'missing':
      return { messageId: 'missingProperty', span: missingAt, data: { target: capitalize(target.label), names: codeList(problem.names) } };
    case 'invalid': {
      const { entry, replacement } = problem;
      const text = replacement && entry.writeValue?.(replacement.value);
      return {
        messageId: 'invalidValue',
        span: entry.valueSpan,
        data: { message: problem.message, target: target.label },
        suggestions: text !== undefined ? [{ messageId: 'replaceValue', data: { value: text }, edits: [{ ...entry.valueSpan, text }] }] : [],
      };
    }
  }
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
