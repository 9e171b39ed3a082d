import type { TrackingPlan } from '../tracking-plan.js';
import type { CallDescription, Span, TextEdit } from './call-description.js';

export type FindingData = Readonly<Record<string, string>>;

/** A fix offered for the user to choose (ESLint's suggestions). */
export interface Suggestion<MessageId extends string = string> {
  readonly messageId: MessageId;
  readonly data: FindingData;
  readonly edits: readonly TextEdit[];
}

/** What a rule finds wrong with one call: the same for every front-end that recognised it. */
export interface Finding<MessageId extends string = string> {
  readonly messageId: MessageId;
  readonly data: FindingData;
  readonly span: Span;
  /** Applied by `--fix`: safe to make without asking. */
  readonly fix?: readonly TextEdit[];
  readonly suggestions?: readonly Suggestion<MessageId>[];
}

/**
 * One rule's judgement of a call, apart from any front-end: its messages (the ESLint rule's
 * `meta.messages`, and the text `trackplan check` prints) and the function that finds problems.
 */
export interface Judgement<MessageId extends string, Options> {
  readonly name: string;
  readonly messages: Readonly<Record<MessageId, string>>;
  readonly defaultOptions: Options;
  judge(call: CallDescription, plan: TrackingPlan | undefined, options: Options): Finding<MessageId>[];
}

/** A message with its `{{placeholders}}` filled in, as ESLint fills them. */
export const formatMessage = (template: string, data: FindingData): string =>
  template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));

/** "`a`, `b`" */
export const codeList = (names: readonly string[], separator = ', '): string => names.map((n) => `\`${n}\``).join(separator);
