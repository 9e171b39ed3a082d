import { error, type Diagnostic } from '../diagnostic.js';
import type { EventDefinition } from '../model.js';
import { looseName } from '../naming/loose-name.js';
import type { CheckContext } from './check-context.js';

/**
 * One event, one spelling: an eventName used twice is an error, and so are two active eventNames
 * equal but for case or separators (`User signs up` and `User Signs Up`). Deprecated and retired
 * events may keep an old spelling, which is how a migration is recorded.
 */
export function checkEventNames({ plan }: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byName = new Map<string, EventDefinition>();
  const activeByLooseName = new Map<string, EventDefinition>();
  const at = (event: EventDefinition) => plan.locate(['events', event.key, 'eventName']);
  for (const event of plan.events.values()) {
    const same = byName.get(event.eventName);
    if (same) {
      diagnostics.push(
        error(
          at(event),
          `eventName \`${event.eventName}\` is already used by \`events.${same.key}\` (line ${at(same).line}); an eventName identifies one event`,
        ),
      );
      continue;
    }
    byName.set(event.eventName, event);
    if (event.status !== 'active') continue;
    const loose = looseName(event.eventName);
    const similar = activeByLooseName.get(loose);
    if (similar) {
      diagnostics.push(
        error(
          at(event),
          `eventName \`${event.eventName}\` differs from \`${similar.eventName}\` (\`events.${similar.key}\`) only in case or separators; ` +
            'keep one spelling, or mark the old one `status: deprecated` with `replacedBy`',
        ),
      );
    } else {
      activeByLooseName.set(loose, event);
    }
  }
  return diagnostics;
}
