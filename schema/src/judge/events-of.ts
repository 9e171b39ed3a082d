import type { EventDefinition } from '../model.js';
import type { TrackingPlan } from '../tracking-plan.js';
import type { CallDescription, DescribedEvent } from './call-description.js';

/** A call that sends an event named in the code: track and time-event calls. */
export const sendsEvent = (call: CallDescription): call is CallDescription & { readonly event: DescribedEvent } =>
  call.event !== undefined && (call.kind === 'track' || call.kind === 'time-event');

/** The plan's events for the names a call may send (undefined for names the plan lacks); none when the names are dynamic. */
export function eventsOf(call: CallDescription, plan: TrackingPlan): readonly { name: string; event: EventDefinition | undefined }[] {
  return call.event?.names?.map((name) => ({ name, event: plan.eventByName(name) })) ?? [];
}
