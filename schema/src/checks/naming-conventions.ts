import { error, type Diagnostic } from '../diagnostic.js';
import { conformsTo, toCaseStyle } from '../naming/case-style.js';
import { looseName } from '../naming/loose-name.js';
import { isMixpanelNamespaced, RESERVED_EVENT_PROPERTIES } from '../reserved-properties.js';
import { type CheckContext } from './check-context.js';

/**
 * Active event and property names follow `conventions`. Deprecated and retired entries are exempt,
 * and so are Mixpanel's own property names, which the plan does not get to choose.
 */
export function checkNamingConventions({ plan, properties }: CheckContext): Diagnostic[] {
  const { eventName: eventStyle, propertyName: propertyStyle, acronyms } = plan.conventions;
  const diagnostics: Diagnostic[] = [];
  if (eventStyle !== 'any') {
    for (const event of plan.events.values()) {
      if (event.status !== 'active' || conformsTo(event.eventName, eventStyle, acronyms)) continue;
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
    const conforming = new Map<string, string>();
    for (const { property } of properties) {
      if (conformsTo(property.name, propertyStyle, acronyms) && !conforming.has(looseName(property.name))) conforming.set(looseName(property.name), property.name);
    }
    for (const { property, path, exempt } of properties) {
      const { name } = property;
      if (exempt || isMixpanelNamespaced(name) || RESERVED_EVENT_PROPERTIES.has(name) || conformsTo(name, propertyStyle, acronyms)) continue;
      const fix = conforming.get(looseName(name)) ?? toCaseStyle(name, propertyStyle, acronyms);
      diagnostics.push(error(plan.locate(path, 'key'), `property \`${name}\` is not ${propertyStyle} (conventions.propertyName): write \`${fix}\``));
    }
  }
  return diagnostics;
}
