import { SEVERITIES, type Severity } from './change.js';

/** When a diff fails a check: at breaking changes (the default), at dangerous ones too, or never. */
export type FailOn = Exclude<Severity, 'safe'> | 'none';
export const FAIL_ON: readonly FailOn[] = ['breaking', 'dangerous', 'none'];

/**
 * Whether changes of these severities meet `failOn`: the one rule the CLI's `--fail-on` and the
 * action's `fail-on` input share (severities are ordered breaking, dangerous, safe).
 */
export function meetsFailOn(summary: Readonly<Record<Severity, number>>, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1).some((severity) => summary[severity] > 0);
}
