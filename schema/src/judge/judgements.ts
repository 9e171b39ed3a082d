import type { TrackingPlan } from '../tracking-plan.js';
import type { CallDescription } from './call-description.js';
import { formatMessage, type Finding, type Judgement } from './finding.js';
import { eventInProduct } from './rules/event-in-product.js';
import { knownEvent } from './rules/known-event.js';
import { noDeprecatedEvent } from './rules/no-deprecated-event.js';
import { noDynamicEvent } from './rules/no-dynamic-event.js';
import { peopleOwnership } from './rules/people-ownership.js';
import { serverPeopleModifiers } from './rules/server-people-modifiers.js';
import { stableIdentity } from './rules/stable-identity.js';
import { validProperties } from './rules/valid-properties.js';

/** Every rule's judgement, by rule name: what the ESLint rules report and what `trackplan check` prints. */
export const JUDGEMENTS = {
  'known-event': knownEvent,
  'valid-properties': validProperties,
  'no-deprecated-event': noDeprecatedEvent,
  'event-in-product': eventInProduct,
  'people-ownership': peopleOwnership,
  'stable-identity': stableIdentity,
  'server-people-modifiers': serverPeopleModifiers,
  'no-dynamic-event': noDynamicEvent,
} as const;

export type RuleName = keyof typeof JUDGEMENTS;
export const RULE_NAMES = Object.keys(JUDGEMENTS) as RuleName[];

type OptionsOf<Name extends RuleName> = (typeof JUDGEMENTS)[Name] extends Judgement<string, infer Options> ? Options : never;

export interface RuleFinding extends Finding {
  readonly rule: RuleName;
  /** The message with its data filled in. */
  readonly message: string;
}

/**
 * One call judged by the rules asked for, each with its options (or its defaults): what a front-end
 * without ESLint (`trackplan check`) reports.
 */
export function judgeCall(
  call: CallDescription,
  plan: TrackingPlan | undefined,
  rules: readonly RuleName[],
  options: { readonly [Name in RuleName]?: OptionsOf<Name> } = {},
): RuleFinding[] {
  return rules.flatMap((rule) => {
    const judgement = JUDGEMENTS[rule] as Judgement<string, unknown>;
    const messages = judgement.messages;
    return judgement.judge(call, plan, options[rule] ?? judgement.defaultOptions).map((finding) => ({
      ...finding,
      rule,
      message: formatMessage(messages[finding.messageId]!, finding.data),
    }));
  });
}
