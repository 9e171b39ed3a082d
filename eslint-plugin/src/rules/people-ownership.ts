import type { TSESTree } from '@typescript-eslint/utils';
import { isReservedBy } from '@trackplan/schema';
import { vendorLabel, vendorOf } from '../sdk/sdk-catalog.js';
import { createRule, PLAN_PROBLEM_MESSAGES, type PlanProblemMessageId } from '../create-rule.js';
import { onTrackingCalls } from '../file-analysis.js';
import { personUpdatesInEvent, writtenEntries } from '../properties/written-entries.js';

type Options = [];
type MessageIds = 'serverOwned' | 'otherProduct' | PlanProblemMessageId;

export default createRule<Options, MessageIds>({
  name: 'people-ownership',
  meta: {
    type: 'problem',
    docs: {
      description: 'Forbid client code from writing people properties the server owns, or that belong to another product',
      recommended: 'error',
    },
    messages: {
      ...PLAN_PROBLEM_MESSAGES,
      serverOwned:
        '`{{name}}` is a server-owned people property: it is a read-only copy of the application’s own data, which the server syncs to {{vendor}}. Client code must not write it ({{method}}).',
      otherProduct: 'People property `{{name}}` is written only by {{products}} in the plan, not by `{{product}}`.',
    },
    schema: [],
    defaultOptions: [],
  },
  defaultOptions: [],
  create(context) {
    return onTrackingCalls(context, (analysis) => {
      const { plan } = analysis.planState;
      if (!plan) return undefined;
      return (node: TSESTree.CallExpression) => {
        const call = analysis.trackingCall(node);
        if (!call) return;
        // People writes: people methods, identify traits, and PostHog's `$set` / `$set_once` inside an event.
        const writes = call.kind === 'track' ? personUpdatesInEvent(call, analysis.environment) : [];
        if (writes.length === 0 && !(call.kind === 'people' || (call.kind === 'identify' && call.writesPeople))) return;
        if (call.peopleMethod === 'track_charge' || call.peopleMethod === 'clear_charges' || call.peopleMethod === 'delete_user') return;
        if (call.kind !== 'track') {
          const written = writtenEntries(call, analysis.environment, true);
          if (written) writes.push(written);
        }
        const client = analysis.sideOf(call) === 'client';
        for (const entry of writes.flatMap((w) => w.entries)) {
          const property = plan.people.get(entry.key);
          if (!property) continue; // valid-properties reports unknown names
          if (client && property.owner === 'server') {
            context.report({ node: entry.keyNode, messageId: 'serverOwned', data: { name: entry.key, method: call.method, vendor: vendorLabel(call.sdk) } });
            continue;
          }
          if (property.products && !isReservedBy(vendorOf(call.sdk) ?? 'mixpanel', entry.key, 'peopleProperty')) {
            for (const product of analysis.products.filter((p) => !property.products!.includes(p))) {
              context.report({
                node: entry.keyNode,
                messageId: 'otherProduct',
                data: { name: entry.key, product, products: property.products.map((p) => `\`${p}\``).join(', ') },
              });
            }
          }
        }
      };
    });
  },
});
