import { isReservedBy } from '../../reserved/index.js';
import type { CallDescription, WrittenEntries } from '../call-description.js';
import { codeList, type Finding, type Judgement } from '../finding.js';

type MessageId = 'serverOwned' | 'otherProduct';

/** People methods that write no property of the profile. */
const NOT_PROPERTY_WRITES = new Set(['track_charge', 'clear_charges', 'delete_user']);

/** Client code does not write server-owned people properties, nor those of another product. */
export const peopleOwnership: Judgement<MessageId, undefined> = {
  name: 'people-ownership',
  messages: {
    serverOwned:
      '`{{name}}` is a server-owned people property: it is a read-only copy of the application’s own data, which the server syncs to {{vendor}}. Client code must not write it ({{method}}).',
    otherProduct: 'People property `{{name}}` is written only by {{products}} in the plan, not by `{{product}}`.',
  },
  defaultOptions: undefined,
  judge(call, plan) {
    if (!plan) return [];
    const findings: Finding<MessageId>[] = [];
    const client = call.side === 'client';
    for (const entry of peopleWrites(call).flatMap((w) => w.entries)) {
      const property = plan.people.get(entry.key);
      if (!property) continue; // valid-properties reports unknown names
      if (client && property.owner === 'server') {
        findings.push({ messageId: 'serverOwned', span: entry.keySpan, data: { name: entry.key, method: call.method, vendor: call.vendorLabel } });
        continue;
      }
      const planned = property.products;
      if (!planned || isReservedBy(call.vendor ?? 'mixpanel', entry.key, 'peopleProperty')) continue;
      for (const product of call.products.filter((p) => !planned.includes(p))) {
        findings.push({ messageId: 'otherProduct', span: entry.keySpan, data: { name: entry.key, product, products: codeList(planned) } });
      }
    }
    return findings;
  },
};

/** People writes: people methods, identify traits, and PostHog's `$set` / `$set_once` inside an event. */
function peopleWrites(call: CallDescription): readonly WrittenEntries[] {
  if (call.kind === 'track') return call.personUpdates;
  if (call.kind !== 'people' && !(call.kind === 'identify' && call.writesPeople)) return [];
  if (NOT_PROPERTY_WRITES.has(call.peopleMethod ?? '')) return [];
  return call.written ? [call.written] : [];
}
