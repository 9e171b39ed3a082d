import { error, type Diagnostic } from '../diagnostic.js';
import { conformsTo, toCaseStyle } from '../naming/case-style.js';
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
    for (const { property, path, exempt } of properties) {
      const { name } = property;
      if (exempt || isMixpanelNamespaced(name) || RESERVED_EVENT_PROPERTIES.has(name) || conformsTo(name, propertyStyle, acronyms)) continue;
      diagnostics.push(
        error(plan.locate(path, 'key'), `property \`${name}\` is not ${propertyStyle} (conventions.propertyName): write \`${toCaseStyle(name, propertyStyle, acronyms)}\``),
      );
    }
  }
  return diagnostics;
}
