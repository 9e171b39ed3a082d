import { error, type Diagnostic } from '../diagnostic.js';
import { conformsTo, toCaseStyle } from '../naming/case-style.js';
import { looseName } from '../naming/loose-name.js';
import { isSdkNamespaced, vendorsReserving } from '../reserved/index.js';
import { type CheckContext } from './check-context.js';

/**
 * Active event and property names follow `conventions`. Deprecated and retired entries are exempt,
 * and so are the SDKs' own names (Mixpanel's `$email`, PostHog's `$pageview`, Segment's `firstName`),
 * which the plan does not get to choose.
 */
export function checkNamingConventions({ plan, properties }: CheckContext): Diagnostic[] {
  const { eventName: eventStyle, propertyName: propertyStyle, acronyms } = plan.conventions;
  const diagnostics: Diagnostic[] = [];
  if (eventStyle !== 'any') {
    for (const event of plan.events.values()) {
      // An SDK's own events (`$pageview`) are named by the SDK, not by the plan's conventions.
      if (
        event.status !== 'active' ||
        conformsTo(event.eventName, eventStyle, acronyms) ||
        isSdkNamespaced(event.eventName) ||
        vendorsReserving(event.eventName, 'event').length > 0
      )
        continue;
      diagnostics.push(
        error(
          plan.locate(['events', event.key, 'eventName']),
          `eventName \`${event.eventName}\` is not ${eventStyle} (conventions.eventName): write \`${toCaseStyle(event.eventName, eventStyle, acronyms)}\`, ` +
            'or mark the event `status: deprecated` to keep an old spelling',
        ),
      );
    }
  }
  if (propertyStyle !== 'any') {
    // A conforming name the plan already uses for the same words is the fix (`order_id` → the
    // existing `orderId`, not a new `orderID`): the drift warning and this error then agree.
    const conforms = new Map(properties.map(({ property }) => [property.name, conformsTo(property.name, propertyStyle, acronyms)]));
    const conforming = new Map<string, string>();
    for (const [name, ok] of conforms) if (ok && !conforming.has(looseName(name))) conforming.set(looseName(name), name);
    for (const { property, path, exempt, section } of properties) {
      const { name } = property;
      // Cheapest first: most names conform; the SDKs' own names are exempt.
      if (exempt || conforms.get(name) || isSdkNamespaced(name) || vendorsReserving(name, section === 'people' ? 'peopleProperty' : 'eventProperty').length > 0)
        continue;
      const fix = conforming.get(looseName(name)) ?? toCaseStyle(name, propertyStyle, acronyms);
      diagnostics.push(error(plan.locate(path, 'key'), `property \`${name}\` is not ${propertyStyle} (conventions.propertyName): write \`${fix}\``));
    }
  }
  return diagnostics;
}
