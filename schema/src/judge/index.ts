export type {
  CallDescription,
  CallKind,
  DescribedEvent,
  DescribedId,
  DescribedModifiers,
  IdPart,
  JsonType,
  KnownValue,
  Modifier,
  Span,
  TextEdit,
  WrittenEntries,
  WrittenEntry,
} from './call-description.js';
export { formatMessage, type Finding, type FindingData, type Judgement, type Suggestion } from './finding.js';
export { JUDGEMENTS, judgeCall, RULE_NAMES, type RuleFinding, type RuleName } from './judgements.js';
export { eventInProduct } from './rules/event-in-product.js';
export { knownEvent } from './rules/known-event.js';
export { noDeprecatedEvent } from './rules/no-deprecated-event.js';
export { noDynamicEvent } from './rules/no-dynamic-event.js';
export { peopleOwnership } from './rules/people-ownership.js';
export { serverPeopleModifiers, type ServerPeopleModifiersOptions } from './rules/server-people-modifiers.js';
export { DEFAULT_MUTABLE_NAMES, stableIdentity, type StableIdentityOptions } from './rules/stable-identity.js';
export { validProperties } from './rules/valid-properties.js';
