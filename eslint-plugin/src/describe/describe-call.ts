import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { CallDescription, DescribedEvent, DescribedId, Side, TextEdit, WrittenEntries, WrittenEntry } from '@trackplan/schema';
import type { StaticEntry } from '../properties/static-object.js';
import { personUpdatesInEvent, writtenEntries, type WrittenNodes } from '../properties/written-entries.js';
import type { EvaluationEnvironment } from '../resolve/static-value.js';
import { unwrap } from '../sdk/ast.js';
import { sdkOf, vendorLabel, vendorOf } from '../sdk/sdk-catalog.js';
import type { TrackingCall } from '../sdk/tracking-call.js';
import { idParts } from './id-parts.js';
import { describeModifiers, spanOf } from './modifiers.js';

/** What describing a call needs from the file's analysis. */
export interface DescribeContext {
  readonly env: EvaluationEnvironment;
  readonly scopeOf: (node: TSESTree.Node) => TSESLint.Scope.Scope;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly products: readonly string[];
  readonly side: Side | undefined;
  /** The names the event argument may hold (type-aware when the rule asks for it); undefined when dynamic. */
  readonly eventNames: readonly string[] | undefined;
  /** Gives an entry whose value the code does not spell out its TypeScript type (type-aware rules). */
  readonly typed?: (entry: StaticEntry) => StaticEntry;
}

/**
 * A recognised JS/TS call as the core judges it: ESTree nodes become offsets, literals become the
 * text edits that rewrite them, and values what can be known of them without running the code.
 */
export function describeCall(call: TrackingCall, context: DescribeContext): CallDescription {
  const { env } = context;
  const written = writtenEntries(call, env, false);
  // Server-side events name the user in their `distinct_id` property: read from the entries already evaluated.
  const distinct = call.kind === 'track' ? written?.entries.find((e) => e.key === 'distinct_id') : undefined;
  const modifiersIndex = call.kind === 'people' ? call.modifiersIndex : undefined;
  return {
    span: spanOf(call.node),
    vendor: vendorOf(call.sdk),
    vendorLabel: vendorLabel(call.sdk),
    method: call.method,
    kind: call.kind,
    peopleMethod: call.peopleMethod,
    side: context.side,
    products: context.products,
    event: call.event && describeEvent(call.event, context.eventNames),
    passesProperties: call.properties !== undefined,
    written: written && entriesOf(written, context.typed),
    writesPeople: call.writesPeople,
    personUpdates: personUpdatesInEvent(call, env).map((updates) => entriesOf(updates)),
    distinctId: call.distinctId && describeId(call.distinctId, context),
    eventDistinctId: distinct && describeId(distinct.valueNode, context),
    modifiers:
      modifiersIndex === undefined || call.sdk === 'tracker'
        ? undefined
        : describeModifiers(call.node.arguments, modifiersIndex, sdkOf(call.sdk).defaultsBeforeModifiers?.[call.peopleMethod ?? ''] ?? {}, env),
  };
}

function describeEvent(node: TSESTree.Node, names: readonly string[] | undefined): DescribedEvent {
  const literal = unwrap(node);
  return { span: spanOf(node), names, rewrite: rewriteOf(literal) };
}

/**
 * Rewrites a string literal written in place (`'User Signs Up'`, `` `User Signs Up` ``), keeping its
 * quote style. None when the text comes from elsewhere (a constant), where rewriting the call would be wrong.
 */
function rewriteOf(literal: TSESTree.Node): ((name: string) => TextEdit) | undefined {
  const span = spanOf(literal);
  if (literal.type === 'Literal' && typeof literal.value === 'string') {
    const quote = literal.raw.startsWith('"') ? '"' : "'";
    return (name) => ({ ...span, text: quote + name.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`) + quote });
  }
  if (literal.type === 'TemplateLiteral' && literal.expressions.length === 0) return (name) => ({ ...span, text: `\`${name.replace(/[\\`$]/g, '\\$&')}\`` });
  return undefined;
}

function entriesOf(written: WrittenNodes, typed?: (entry: StaticEntry) => StaticEntry): WrittenEntries {
  return { span: spanOf(written.node), entries: written.entries.map((entry) => writtenEntry(typed ? typed(entry) : entry)), complete: written.complete };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function writtenEntry(entry: StaticEntry): WrittenEntry {
  const { keyNode, valueNode } = entry;
  const renamable = keyNode.type === 'Identifier' || (keyNode.type === 'Literal' && typeof keyNode.value === 'string');
  return {
    key: entry.key,
    keySpan: spanOf(keyNode),
    valueSpan: spanOf(valueNode),
    value: entry.value,
    renameKey: renamable ? renameKey : undefined,
    writeValue: valueNode.type === 'Literal' ? writeValue : undefined,
  };
}

/** A key is renamed to a plain identifier; other names would need quotes the suggestion does not add. */
const renameKey = (name: string): string | undefined => (IDENTIFIER.test(name) ? name : undefined);
const writeValue = (value: unknown): string => JSON.stringify(value);

function describeId(node: TSESTree.Node, context: DescribeContext): DescribedId {
  return { span: spanOf(node), text: context.sourceCode.getText(node), parts: idParts(node, context.scopeOf) };
}
