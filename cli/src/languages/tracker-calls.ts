import type { ArgumentPosition, CallDescription, Tracker } from '@trackplan/schema';
import type { CallArguments, FileContext, ValueSyntax } from './language.js';
import { describedEvent, describedId, spanOf } from './syntax.js';
import type { SyntaxNode } from './tree-sitter.js';

/** `self.analytics.track`, `@analytics.track`, `this.analytics.track` → `analytics.track`: how a callee is matched to a tracker. */
export const normalisedCallee = (text: string): string =>
  text
    .replace(/\s+/g, '')
    .replace(/[?!]\./g, '.')
    .replace(/^(self|this)\./, '')
    .replace(/^@+/, '');

/** The plan's wrapper this callee names, if any. */
export const trackerFor = (callee: string, trackers: readonly Tracker[]): Tracker | undefined => {
  const name = normalisedCallee(callee);
  return trackers.find((t) => t.callee === name);
};

/**
 * A call to a wrapper from the plan's `code.trackers`, in any language: the event, properties and
 * distinct id where the tracker says — a position (arguments counted as written, labelled or not)
 * or a name (`track(event: "X")`). Its SDK is not known, so every SDK's own names are allowed in it.
 */
export function describeTrackerCall(call: SyntaxNode, tracker: Tracker, args: CallArguments, syntax: ValueSyntax, file: FileContext): CallDescription {
  const kind = tracker.kind ?? 'track';
  const eventAt = kind === 'track' ? (tracker.event ?? 0) : undefined;
  const propertiesAt = tracker.properties ?? (kind === 'track' ? 1 : kind === 'identify' ? undefined : 0);
  const distinctAt = tracker.distinctId ?? (kind === 'identify' ? 0 : undefined);
  const at = (position: ArgumentPosition | undefined): SyntaxNode | undefined =>
    position === undefined ? undefined : typeof position === 'number' ? args.written[position] : args.named.get(position);
  const event = at(eventAt);
  const properties = at(propertiesAt);
  const distinctId = at(distinctAt);
  const written = properties && syntax.entries(properties);
  return {
    span: spanOf(call),
    vendor: undefined,
    vendorLabel: 'the analytics tool',
    method: tracker.callee,
    kind,
    peopleMethod: kind === 'people' ? 'set' : undefined,
    side: tracker.side ?? file.productSide,
    products: file.products,
    event: event && describedEvent(event, syntax),
    passesProperties: properties !== undefined,
    written,
    writesPeople: kind === 'identify' && properties !== undefined,
    personUpdates: [],
    distinctId: distinctId && describedId(distinctId, syntax),
  };
}
