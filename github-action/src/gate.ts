import type { Severity } from '@trackplan/schema';
import type { FailOn } from './inputs.js';

const ORDER: readonly Severity[] = ['breaking', 'dangerous', 'safe'];

/** Does this summary meet `fail-on`? */
export function meetsFailOn(summary: Readonly<Record<Severity, number>>, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return ORDER.slice(0, ORDER.indexOf(failOn) + 1).some((severity) => summary[severity] > 0);
}
