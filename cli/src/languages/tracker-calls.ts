import type { CallDescription, Tracker } from '@trackplan/schema';
import type { FileContext, ValueSyntax } from './language.js';
import { spanOf, stringRewrite } from './syntax.js';
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
 * distinct id at the positions the tracker gives (arguments counted as written, labelled or not).
 * Its SDK is not known, so every SDK's own names are allowed in it.
 */
export function describeTrackerCall(call: SyntaxNode, tracker: Tracker, args: readonly SyntaxNode[], syntax: ValueSyntax, file: FileContext): CallDescription {
  const kind = tracker.kind ?? 'track';
  const eventIndex = kind === 'track' ? (tracker.event ?? 0) : undefined;
  const propertiesIndex = tracker.properties ?? (kind === 'track' ? 1 : kind === 'identify' ? undefined : 0);
  const distinctIndex = tracker.distinctId ?? (kind === 'identify' ? 0 : undefined);
  const at = (index: number | undefined): SyntaxNode | undefined => (index === undefined ? undefined : args[index]);
  const event = at(eventIndex);
  const properties = at(propertiesIndex);
  const distinctId = at(distinctIndex);
  const name = event && syntax.value(event);
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
    event: event && {
      span: spanOf(event),
      names: name?.kind === 'value' && typeof name.value === 'string' ? [name.value] : undefined,
      rewrite: syntax.isStringLiteral(event) ? stringRewrite(event) : undefined,
    },
    passesProperties: properties !== undefined,
    written,
    writesPeople: kind === 'identify' && properties !== undefined,
    personUpdates: [],
    distinctId: distinctId && { span: spanOf(distinctId), text: distinctId.text, parts: syntax.idParts(distinctId) },
  };
}
