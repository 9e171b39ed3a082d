import type { Modifier } from '../call-description.js';
import type { Finding, Judgement } from '../finding.js';

type MessageId = 'missingModifiers' | 'missingKeys' | 'wrongValue' | 'opaqueModifiers';

export interface ServerPeopleModifiersOptions {
  /** Which modifiers to require: both (default), or only `$ip` or `$ignore_time`. */
  readonly require?: 'both' | '$ip' | '$ignore_time';
}

/** What each modifier must be on a server-side update: no location from the server's IP, no "last seen" moved. */
const MODIFIERS: readonly Modifier[] = [
  { key: '$ip', value: 0 },
  { key: '$ignore_time', value: true },
];

const written = (modifiers: readonly Modifier[]): string => modifiers.map((m) => `\`${m.key}: ${String(m.value)}\``).join(' and ');

/** Server-side people updates pass `$ip: 0` and `$ignore_time: true`, or Mixpanel moves the user to the server. */
export const serverPeopleModifiers: Judgement<MessageId, ServerPeopleModifiersOptions> = {
  name: 'server-people-modifiers',
  messages: {
    missingModifiers:
      'Server-side `{{method}}` without modifiers: pass `{ $ip: 0, $ignore_time: true }`, or Mixpanel places the user at the server’s location and moves their “last seen” to now.',
    missingKeys: 'Server-side `{{method}}` modifiers lack {{keys}}: without them Mixpanel {{effect}}.',
    wrongValue: '`{{key}}` must be `{{expected}}` in server-side people updates.',
    opaqueModifiers: 'Server-side `{{method}}` modifiers are built elsewhere; make sure they set {{keys}}, or write them here as an object.',
  },
  defaultOptions: { require: 'both' },
  judge(call, _plan, { require = 'both' }) {
    const { modifiers, method } = call;
    if (call.kind !== 'people' || !modifiers || call.side !== 'server') return [];
    const required = MODIFIERS.filter((m) => require === 'both' || m.key === require);
    switch (modifiers.kind) {
      case 'missing': {
        const edit = modifiers.add?.(required);
        return [{ messageId: 'missingModifiers', span: call.span, data: { method }, fix: edit ? [edit] : undefined }];
      }
      case 'opaque':
        return [{ messageId: 'opaqueModifiers', span: modifiers.span, data: { method, keys: written(required) } }];
      case 'written': {
        // As in an object literal, the last of two same keys is the one sent.
        const present = new Map(modifiers.entries.map((entry) => [entry.key, entry]));
        const findings: Finding<MessageId>[] = [];
        for (const { key, value } of required) {
          const entry = present.get(key);
          if (entry && !(entry.value.kind === 'value' && entry.value.value === value))
            findings.push({ messageId: 'wrongValue', span: entry.valueSpan, data: { key, expected: String(value) } });
        }
        const missing = required.filter((m) => !present.has(m.key));
        if (missing.length > 0) {
          const effect =
            missing.length === 2
              ? 'stores the server’s IP as the user’s location and moves their “last seen”'
              : missing[0]!.key === '$ip'
                ? 'stores the server’s IP as the user’s location'
                : 'moves the user’s “last seen” to now';
          findings.push({ messageId: 'missingKeys', span: modifiers.span, data: { method, keys: written(missing), effect }, fix: [modifiers.add(missing)] });
        }
        return findings;
      }
    }
  },
};
