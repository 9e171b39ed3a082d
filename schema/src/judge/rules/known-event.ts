import { closestNames } from '../../suggest.js';
import type { TrackingPlan } from '../../tracking-plan.js';
import type { CallDescription } from '../call-description.js';
import { codeList, type Finding, type Judgement, type Suggestion } from '../finding.js';
import { eventsOf, sendsEvent } from '../events-of.js';

type MessageId = 'unknownEvent' | 'retiredEvent' | 'useName';

/** Every event sent is in the plan and not retired; an unknown name gets the closest planned ones. */
export const knownEvent: Judgement<MessageId, undefined> = {
  name: 'known-event',
  messages: {
    unknownEvent: 'Event `{{name}}` is not in the tracking plan.{{hint}}',
    retiredEvent: 'Event `{{name}}` is retired{{reason}}: it must no longer be sent.{{replacement}}',
    useName: 'Use the plan’s spelling `{{name}}`.',
  },
  defaultOptions: undefined,
  judge(call, plan) {
    if (!plan || !sendsEvent(call)) return [];
    const findings: Finding<MessageId>[] = [];
    for (const { name, event } of eventsOf(call, plan)) {
      if (!event) findings.push(unknownEvent(call, plan, name));
      else if (event.status === 'retired') {
        const replacement = event.replacedBy ? plan.events.get(event.replacedBy) : undefined;
        findings.push({
          messageId: 'retiredEvent',
          span: call.event.span,
          data: {
            name,
            reason: event.reason ? ` (${event.reason})` : '',
            replacement: replacement ? ` Send \`${replacement.eventName}\` instead.` : '',
          },
        });
      }
    }
    return findings;
  },
};

function unknownEvent(call: CallDescription & { event: NonNullable<CallDescription['event']> }, plan: TrackingPlan, name: string): Finding<MessageId> {
  // Point at what to send today: active events first, deprecated ones only when nothing else is close.
  const loose = plan.eventsByLooseName(name);
  const active = loose.filter((e) => e.status === 'active');
  const similar = active.length > 0 ? active : loose.filter((e) => e.status === 'deprecated');
  const close = similar.length > 0 ? similar.map((e) => e.eventName) : closestPlanned(plan, name);
  const { rewrite, span } = call.event;
  const suggestions: Suggestion<MessageId>[] = rewrite
    ? similar.slice(0, 1).map((e) => ({ messageId: 'useName', data: { name: e.eventName }, edits: [rewrite(e.eventName)] }))
    : [];
  return {
    messageId: 'unknownEvent',
    span,
    data: { name, hint: close.length === 1 ? ` Did you mean \`${close[0]}\`?` : close.length > 1 ? ` Closest: ${codeList(close)}.` : '' },
    suggestions,
  };
}

const closestByName = new WeakMap<TrackingPlan, Map<string, readonly string[]>>();

/**
 * The active events closest to an unknown name (deprecated ones when no active one is close), once
 * per plan and name: the same misspelling is usually sent from many files.
 */
function closestPlanned(plan: TrackingPlan, name: string): string[] {
  let byName = closestByName.get(plan);
  if (!byName) closestByName.set(plan, (byName = new Map<string, readonly string[]>()));
  let close = byName.get(name);
  if (!close) {
    const active = closestNames(name, namesWithStatus(plan, 'active'));
    close = active.length > 0 ? active : closestNames(name, namesWithStatus(plan, 'deprecated'));
    if (byName.size < 10_000) byName.set(name, close);
  }
  return [...close];
}

const namesByStatus = new WeakMap<TrackingPlan, Map<string, string[]>>();

/** The plan's event names with a status, worked out once per plan. */
function namesWithStatus(plan: TrackingPlan, status: string): string[] {
  let byStatus = namesByStatus.get(plan);
  if (!byStatus) namesByStatus.set(plan, (byStatus = new Map<string, string[]>()));
  let names = byStatus.get(status);
  if (!names) byStatus.set(status, (names = [...plan.events.values()].filter((e) => e.status === status).map((e) => e.eventName)));
  return names;
}
