import type { EventDefinition, Product } from '../model.js';

/** `web`, `web and mobile`, `web, mobile and backend`, each product by its description when it has one. */
export function productsInWords(names: readonly string[], products: ReadonlyMap<string, Product>): string {
  const words = names.map((name) => products.get(name)?.description ?? name);
  return words.length <= 1 ? (words[0] ?? 'no product') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}

/**
 * What an analyst queries for a deprecated or retired event, in their words: "Use “Order completed”
 * from 2026-06-01 on; before that, the web app sent “Order Completed”." Undefined for active events.
 */
export function lifecycleInWords(event: EventDefinition, replacement: EventDefinition | undefined, sentBy: string): string | undefined {
  if (event.status === 'active') return undefined;
  const old = `“${event.eventName}”`;
  const from = event.since === undefined ? '' : ` from ${event.since} on`;
  const why = event.reason === undefined ? '' : ` Why: ${event.reason.replace(/\.?$/, '.')}`;
  if (event.status === 'deprecated') {
    const sentence = replacement
      ? `Use “${replacement.eventName}”${from}; before that, ${sentBy} sent ${old}, and older app versions may still send it.`
      : `Deprecated${event.since === undefined ? '' : ` since ${event.since}`}: ${sentBy} still send${sentBy.includes(' and ') ? '' : 's'} ${old}, but new code should not.`;
    return sentence + why;
  }
  const since = event.since === undefined ? '' : ` since ${event.since}`;
  const sentence = replacement
    ? `No longer sent${since}: data up to then is under ${old} (sent by ${sentBy}); query “${replacement.eventName}” for what came after.`
    : `No longer sent${since}: data up to then is under ${old} (sent by ${sentBy}).`;
  return sentence + why;
}
