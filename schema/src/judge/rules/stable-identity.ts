import type { DescribedId } from '../call-description.js';
import type { Finding, Judgement } from '../finding.js';

type MessageId = 'mutableIdentity';

export interface StableIdentityOptions {
  /** Words that mark a value as mutable when its name contains them (`user.email`, `phoneNumber`). */
  readonly mutableNames?: readonly string[];
  /** Expressions always accepted as stable ids, as written (`user.uuid`). */
  readonly allowedIds?: readonly string[];
}

export const DEFAULT_MUTABLE_NAMES: readonly string[] = ['email', 'mail', 'phone', 'username', 'login'];

/** Users are identified by an id that never changes: never an email, a phone number or a user name. */
export const stableIdentity: Judgement<MessageId, StableIdentityOptions> = {
  name: 'stable-identity',
  messages: {
    mutableIdentity:
      '{{what}} uses {{value}} as the user’s id, which can change. Use the stable id (such as the user’s UUID): when it changes, {{vendor}} sees a new person and splits their history.',
  },
  defaultOptions: { mutableNames: DEFAULT_MUTABLE_NAMES, allowedIds: [] },
  judge(call, _plan, { mutableNames = DEFAULT_MUTABLE_NAMES, allowedIds = [] }) {
    const words = wordSet(mutableNames);
    const findings: Finding<MessageId>[] = [];
    const check = (id: DescribedId | undefined, what: string): void => {
      if (!id || allowedIds.includes(id.text)) return;
      const value = mutableValue(id, words);
      if (value) findings.push({ messageId: 'mutableIdentity', span: id.span, data: { what, value, vendor: call.vendorLabel } });
    };
    check(call.distinctId, call.kind === 'identify' || call.kind === 'alias' ? `This ${call.kind} call` : 'This call');
    // Server-side track calls name the user in `distinct_id`.
    if (call.kind === 'track') check(call.eventDistinctId, 'This event’s `distinct_id`');
    return findings;
  },
};

/** The words of a name: `userEmail` → user, email; `primary_phone` → primary, phone. */
const wordsOf = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_\-$]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());

/** Why an id is not stable, from the first of its parts that shows it: a string with `@`, or a name made with a mutable word. */
function mutableValue(id: DescribedId, words: ReadonlySet<string>): string | undefined {
  for (const part of id.parts) {
    if (part.kind === 'string' && part.value.includes('@')) return 'an email address';
    if (part.kind === 'name' && wordsOf(part.name).some((word) => words.has(word))) return `\`${part.name}\``;
  }
  return undefined;
}

const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function wordSet(names: readonly string[]): ReadonlySet<string> {
  let words = wordSets.get(names);
  if (!words) wordSets.set(names, (words = new Set(names.map((w) => w.toLowerCase()))));
  return words;
}
