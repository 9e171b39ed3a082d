import { warning, type Diagnostic } from '../diagnostic.js';
import { looseName } from '../naming/loose-name.js';
import { type CheckContext, type PlanProperty } from './check-context.js';

/**
 * Warns where the same property is spelled two ways (`orderId` in one event, `order_id` in
 * another): legal, but the drift that splits one column into two in every report. The most used
 * spelling is taken as the intended one; each other spelling is reported once, where it first appears.
 */
export function checkPropertyDrift({ plan, properties }: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const groups = new Map<string, Map<string, PlanProperty[]>>();
  for (const entry of properties) {
    if (entry.exempt) continue;
    // People properties live on profiles, event and super properties on events: compared apart.
    const group = `${entry.section === 'people' ? 'people' : 'events'}\0${looseName(entry.property.name)}`;
    const spellings = groups.get(group) ?? new Map<string, PlanProperty[]>();
    groups.set(group, spellings);
    const uses = spellings.get(entry.property.name) ?? [];
    spellings.set(entry.property.name, uses);
    uses.push(entry);
  }
  for (const spellings of groups.values()) {
    if (spellings.size < 2) continue;
    const [preferred, ...others] = [...spellings].sort((a, b) => b[1].length - a[1].length);
    const [preferredName, preferredUses] = preferred!;
    for (const [name, uses] of others) {
      const first = uses[0]!;
      diagnostics.push(
        warning(
          plan.locate(first.path, 'key'),
          `property \`${name}\` (${first.owner}) differs from \`${preferredName}\` (${preferredUses[0]!.owner}${preferredUses.length > 1 ? ` and ${preferredUses.length - 1} more` : ''}) only in case or separators`,
        ),
      );
    }
  }
  return diagnostics;
}
