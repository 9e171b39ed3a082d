import type { CallDescription, CallKind, DescribedId, DescribedModifiers, IdPart, KnownValue, Modifier, WrittenEntries, WrittenEntry } from '@trackplan/schema';
import type { Declarations, FileContext, LanguageRecognizer, SharedDeclarations, ValueSyntax } from './language.js';
import { describeTrackerCall, trackerFor } from './tracker-calls.js';
import {
  declaredConstants,
  perTree,
  entry,
  literalText,
  insertAt,
  known,
  MAX_DEPTH,
  namedValue,
  rewriteString,
  spanOf,
  stringRewrite,
  UNKNOWN,
  numberLiteral,
} from './syntax.js';
import type { SyntaxNode, SyntaxTree } from './tree-sitter.js';

/** A method's positional parameters, as mixpanel-ruby declares them, and which of them the rules read. */
interface MethodShape {
  readonly kind: CallKind;
  readonly distinctId?: number;
  readonly event?: number;
  readonly properties?: number;
  /** `(name)` instead of a hash: `plus_one(id, 'logins')`. */
  readonly propertyName?: number;
  /** Where `ip` and `optional_params` go: `$ip` is the `ip` argument, `$ignore_time` a key of `optional_params`. */
  readonly ip?: number;
  readonly optionalParams?: number;
  readonly peopleMethod?: string;
}

const people = (peopleMethod: string): MethodShape => ({ kind: 'people', distinctId: 0, properties: 1, ip: 2, optionalParams: 3, peopleMethod });

/** mixpanel-ruby: `Mixpanel::Tracker` (tracker.rb) and its `people` (people.rb). */
const TRACKER_METHODS: Readonly<Record<string, MethodShape>> = {
  track: { kind: 'track', distinctId: 0, event: 1, properties: 2 },
  alias: { kind: 'alias', distinctId: 0 },
};
const PEOPLE_METHODS: Readonly<Record<string, MethodShape>> = {
  set: people('set'),
  set_once: people('set_once'),
  increment: people('increment'),
  append: people('append'),
  union: people('union'),
  unset: people('unset'),
  plus_one: { kind: 'people', distinctId: 0, propertyName: 1, ip: 2, optionalParams: 3, peopleMethod: 'increment' },
  // track_charge(distinct_id, amount, properties={}, ip=nil, optional_params={})
  track_charge: { kind: 'people', distinctId: 0, ip: 3, optionalParams: 4, peopleMethod: 'track_charge' },
  clear_charges: { kind: 'people', distinctId: 0, ip: 1, optionalParams: 2, peopleMethod: 'clear_charges' },
  delete_user: { kind: 'people', distinctId: 0, optionalParams: 1, peopleMethod: 'delete_user' },
};
/** What a left-out optional argument is, when a fix has to write the ones before the modifiers. */
const DEFAULTS: Readonly<Record<string, Readonly<Record<number, string>>>> = { track_charge: { 2: '{}' } };

type RubySdk = 'mixpanel' | 'segment' | 'posthog';

/** What makes a client of each SDK. */
const FACTORIES: Readonly<Record<string, RubySdk>> = {
  'Mixpanel::Tracker.new': 'mixpanel',
  'Segment::Analytics.new': 'segment',
  'PostHog::Client.new': 'posthog',
};

/** A call taking one options hash (analytics-ruby, posthog-ruby): which keys carry what. */
interface OptionsShape {
  readonly kind: CallKind;
  readonly event?: string;
  readonly properties?: string;
  readonly distinctId?: string;
  readonly writesPeople?: boolean;
}

/**
 * analytics-ruby (lib/segment/analytics/client.rb): `track(user_id:, event:, properties:)`,
 * `identify(user_id:, traits:)`, `alias(previous_id:, user_id:)`; posthog-ruby (lib/posthog/client.rb):
 * `capture(distinct_id:, event:, properties:)`, `identify(distinct_id:, properties:)`, `alias(distinct_id:, alias:)`.
 */
const OPTIONS_METHODS: Readonly<Record<'segment' | 'posthog', Readonly<Record<string, OptionsShape>>>> = {
  segment: {
    track: { kind: 'track', event: 'event', properties: 'properties', distinctId: 'user_id' },
    identify: { kind: 'identify', properties: 'traits', distinctId: 'user_id', writesPeople: true },
    alias: { kind: 'alias', distinctId: 'user_id' },
  },
  posthog: {
    capture: { kind: 'track', event: 'event', properties: 'properties', distinctId: 'distinct_id' },
    identify: { kind: 'identify', properties: 'properties', distinctId: 'distinct_id', writesPeople: true },
    alias: { kind: 'alias', distinctId: 'alias' },
  },
};
const LABELS: Readonly<Record<RubySdk, string>> = { mixpanel: 'Mixpanel', segment: 'Segment', posthog: 'PostHog' };

interface FileFacts {
  /** `ORDER` and `Events::ORDER` → the expression assigned. */
  readonly constants: Map<string, SyntaxNode | null>;
  /** Variables, instance variables, constants and methods that hold a client: `tracker`, `@tracker`, `TRACKER`. */
  readonly handles: Map<string, RubySdk>;
  /** Constants and globals (`Analytics::Events::ORDER`, `$tracker`): what other files of the app can name. */
  readonly visible: Set<string>;
  readonly shared: SharedDeclarations | undefined;
}

const RUBY_SDKS: ReadonlySet<string> = new Set<RubySdk>(['mixpanel', 'segment', 'posthog']);
const isRubySdk = (vendor: string | undefined): vendor is RubySdk => vendor !== undefined && RUBY_SDKS.has(vendor);

const factoryOf = (node: SyntaxNode | null | undefined): RubySdk | undefined =>
  node?.type === 'call' ? FACTORIES[`${node.childForFieldName('receiver')?.text ?? ''}.${node.childForFieldName('method')?.text ?? ''}`] : undefined;

/** The modules a node is nested in: `Events::Checkout`. */
function scopeOf(node: SyntaxNode): string[] {
  const names: string[] = [];
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'module' || parent.type === 'class') names.unshift(parent.childForFieldName('name')?.text ?? '');
  }
  return names;
}

function fileFacts(root: SyntaxNode, shared: SharedDeclarations | undefined): FileFacts {
  const constants = new Map<string, SyntaxNode | null>();
  const handles = new Map<string, RubySdk>();
  const visible = new Set<string>();
  for (const node of root.descendantsOfType(['assignment', 'operator_assignment'])) {
    if (node.type !== 'assignment' && node.type !== 'operator_assignment') continue;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) continue;
    const sdk = factoryOf(right);
    if (sdk) {
      handles.set(left.text, sdk);
      if (left.type === 'constant' || left.type === 'global_variable') visible.add(left.text);
      // `def tracker; @tracker ||= Mixpanel::Tracker.new(token); end`: the method holds it too.
      const method = node.parent?.parent?.type === 'method' ? node.parent.parent : undefined;
      const name = method?.childForFieldName('name')?.text;
      if (name) handles.set(name, sdk);
    }
    if (left.type === 'constant' && node.type === 'assignment') {
      const qualified = [...scopeOf(node), left.text].join('::');
      for (const name of new Set([qualified, left.text])) constants.set(name, constants.has(name) ? null : right);
      visible.add(qualified);
    }
  }
  return { constants, handles, visible, shared };
}

/** Ruby strings and symbols: content and escapes. */
const STRINGS = {
  text: new Set(['string_content']),
  escape: new Set(['escape_sequence']),
  escapes: { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', s: ' ' },
};
const stringValue = (node: SyntaxNode): string | undefined => literalText(node, STRINGS);

function valueOf(node: SyntaxNode, facts: FileFacts, depth = 0): KnownValue {
  if (depth > MAX_DEPTH) return UNKNOWN;
  switch (node.type) {
    case 'string': {
      const text = stringValue(node);
      return text === undefined ? { kind: 'type', type: 'string' } : known(text);
    }
    case 'simple_symbol':
      return known(node.text.slice(1));
    case 'hash_key_symbol':
      return known(node.text);
    case 'delimited_symbol': {
      const text = stringValue(node);
      return text === undefined ? { kind: 'type', type: 'string' } : known(text);
    }
    case 'integer':
    case 'float':
      return numberLiteral(node.text);
    case 'true':
      return known(true);
    case 'false':
      return known(false);
    case 'nil':
      return known(null);
    case 'unary': {
      const operand = node.childForFieldName('operand');
      const value = operand ? valueOf(operand, facts, depth + 1) : UNKNOWN;
      return value.kind === 'value' && typeof value.value === 'number' && node.childForFieldName('operator')?.text === '-' ? known(-value.value) : value;
    }
    case 'parenthesized_statements':
      return node.namedChildren.length === 1 ? valueOf(node.namedChildren[0]!, facts, depth + 1) : UNKNOWN;
    case 'constant':
    case 'scope_resolution':
      return namedValue(node.text.replace(/^::/, ''), facts.constants, facts.shared, (defined) => valueOf(defined, facts, depth + 1));
    case 'hash':
      return { kind: 'type', type: 'object' };
    case 'array':
      return { kind: 'type', type: 'array' };
    case 'call': {
      const method = node.childForFieldName('method')?.text;
      const receiver = node.childForFieldName('receiver');
      if (receiver && (method === 'freeze' || method === 'dup')) return valueOf(receiver, facts, depth + 1);
      if (method === 'to_s' || method === 'to_str' || method === 'iso8601') return { kind: 'type', type: 'string' };
      if (method === 'to_i' || method === 'to_f' || method === 'count' || method === 'size' || method === 'length') return { kind: 'type', type: 'number' };
      if (method?.endsWith('?')) return { kind: 'type', type: 'boolean' };
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

function possibleNames(node: SyntaxNode, facts: FileFacts): string[] | undefined {
  if (node.type === 'conditional') {
    const consequence = node.childForFieldName('consequence');
    const alternative = node.childForFieldName('alternative');
    const a = consequence && possibleNames(consequence, facts);
    const b = alternative && possibleNames(alternative, facts);
    return a && b ? [...new Set([...a, ...b])] : undefined;
  }
  const value = valueOf(node, facts);
  return value.kind === 'value' && typeof value.value === 'string' ? [value.value] : undefined;
}

/** A JSON value written as Ruby. */
export const rubyLiteral = (value: unknown): string => (value === null ? 'nil' : JSON.stringify(value));
const LITERALS = new Set(['string', 'simple_symbol', 'integer', 'float', 'true', 'false', 'nil']);
const RUBY_SYMBOL = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A hash's entries: `{ 'plan' => 'pro', seats: 3, :trial => true }`, or the trailing `key: value` pairs of a call. */
function hashEntries(span: SyntaxNode, pairs: readonly SyntaxNode[], facts: FileFacts): WrittenEntries {
  const entries: WrittenEntry[] = [];
  let complete = true;
  for (const pair of pairs) {
    const key = pair.type === 'pair' ? pair.childForFieldName('key') : undefined;
    const value = pair.childForFieldName('value');
    const name = key && valueOf(key, facts);
    if (!key || !value || name?.kind !== 'value' || typeof name.value !== 'string') {
      if (pair.type !== 'comment') complete = false;
      continue;
    }
    const keyText = key.text;
    const rename =
      key.type === 'string' && stringValue(key) !== undefined
        ? (n: string) => rewriteString(keyText, n)
        : key.type === 'hash_key_symbol'
          ? (n: string) => (RUBY_SYMBOL.test(n) ? n : undefined)
          : key.type === 'simple_symbol'
            ? (n: string) => (RUBY_SYMBOL.test(n) ? `:${n}` : undefined)
            : undefined;
    entries.push(entry(name.value, key, value, valueOf(value, facts), rename, LITERALS.has(value.type) ? rubyLiteral : undefined));
  }
  return { span: spanOf(span), entries, complete };
}

function idParts(node: SyntaxNode, facts: FileFacts, depth = 0): IdPart[] {
  if (depth > MAX_DEPTH) return [];
  switch (node.type) {
    case 'string':
      return node.namedChildren.flatMap((c): IdPart[] =>
        c.type === 'string_content'
          ? [{ kind: 'string', value: c.text }]
          : c.type === 'interpolation' && c.namedChildren[0]
            ? idParts(c.namedChildren[0], facts, depth + 1)
            : [],
      );
    case 'identifier':
    case 'instance_variable':
      return [{ kind: 'name', name: node.text.replace(/^@+/, '') }];
    case 'constant':
    case 'scope_resolution': {
      const defined = facts.constants.get(node.text);
      return [{ kind: 'name', name: node.text }, ...(defined ? idParts(defined, facts, depth + 1) : [])];
    }
    case 'call': {
      // `user.email`, `user.email.downcase`, `user[:email]`
      const method = node.childForFieldName('method')?.text ?? '';
      const receiver = node.childForFieldName('receiver');
      const own: IdPart[] = /^(downcase|upcase|strip|to_s|freeze)$/.test(method) ? [] : [{ kind: 'name', name: method }];
      return own.length > 0 ? own : receiver ? idParts(receiver, facts, depth + 1) : [];
    }
    case 'element_reference': {
      const key = node.namedChildren[1];
      const value = key && valueOf(key, facts);
      return value?.kind === 'value' && typeof value.value === 'string' ? [{ kind: 'name', name: value.value }] : [];
    }
    default:
      return [];
  }
}

const describeId = (node: SyntaxNode, facts: FileFacts): DescribedId => ({ span: spanOf(node), text: node.text, parts: idParts(node, facts) });

/** Keyword arguments by name: the trailing `event: 'X'` pairs (symbol keys only, as Ruby's keywords are). */
function keywordArguments(pairs: readonly SyntaxNode[]): Map<string, SyntaxNode> {
  const named = new Map<string, SyntaxNode>();
  for (const pair of pairs) {
    const key = pair.type === 'pair' ? pair.childForFieldName('key') : undefined;
    const value = pair.childForFieldName('value');
    const name = key?.type === 'hash_key_symbol' ? key.text : key?.type === 'simple_symbol' ? key.text.slice(1) : undefined;
    if (name && value && !named.has(name)) named.set(name, value);
  }
  return named;
}

const factsOf = perTree((tree, file) => fileFacts(tree.rootNode, file.shared));

/** Whether the file names a constant or global that another file made a client in (`TRACKER`, `$mixpanel`, `Analytics::TRACKER`). */
function namesSharedClient(file: FileContext): boolean {
  if (!file.shared) return false;
  for (const [name] of file.text.matchAll(/(?:::)?[A-Z]\w*(?:::[A-Z]\w*)*|\$\w+/g)) if (file.shared.client(name.replace(/^::/, '')) !== undefined) return true;
  return false;
}

/** Whether a file makes a client: `Mixpanel::Tracker.new`, `Segment::Analytics.new`, `PostHog::Client.new`. */
const makesClients = (text: string): boolean => /Mixpanel::Tracker|Segment::Analytics|PostHog::Client/.test(text);

/** The arguments, with trailing `key: value` pairs gathered into the one hash Ruby passes. */
function argumentsOf(call: SyntaxNode): { nodes: SyntaxNode[]; trailingPairs: SyntaxNode[] } {
  const all = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c) => c.type !== 'comment' && c.type !== 'block_argument');
  const firstPair = all.findIndex((c) => c.type === 'pair' || c.type === 'hash_splat_argument');
  return firstPair === -1 ? { nodes: all, trailingPairs: [] } : { nodes: all.slice(0, firstPair), trailingPairs: all.slice(firstPair) };
}

/**
 * `$ip` is mixpanel-ruby's `ip` argument (`0` keeps the server's location out), `$ignore_time` a key
 * of `optional_params` (either may also be a key there): `people.set(id, props, 0, { '$ignore_time' => true })`.
 */
function describeModifiers(args: readonly SyntaxNode[], shape: MethodShape, facts: FileFacts): DescribedModifiers | undefined {
  if (shape.optionalParams === undefined) return undefined;
  const ip = shape.ip === undefined ? undefined : args[shape.ip];
  const params = args[shape.optionalParams];
  const ipEntry = ip && ip.type !== 'nil' ? [{ key: '$ip', value: valueOf(ip, facts), valueSpan: spanOf(ip) }] : [];
  if (params && params.type !== 'hash') return { kind: 'opaque', span: spanOf(params) };
  const hash = params ? hashEntries(params, params.namedChildren, facts).entries.map((e) => ({ key: e.key, value: e.value, valueSpan: e.valueSpan })) : [];
  const paramsText = (modifiers: readonly Modifier[]): string => `{ ${modifiers.map((m) => `'${m.key}' => ${rubyLiteral(m.value)}`).join(', ')} }`;
  if (ipEntry.length === 0 && hash.length === 0 && !params) {
    const end = args.at(-1)?.endIndex;
    const defaults = DEFAULTS[shape.peopleMethod ?? ''] ?? {};
    const first = shape.ip ?? shape.optionalParams;
    const fillers: string[] = [];
    for (let position = args.length; position < first; position++) {
      const filler = defaults[position];
      if (filler === undefined) return { kind: 'missing' };
      fillers.push(filler);
    }
    return {
      kind: 'missing',
      add:
        end !== undefined
          ? (modifiers) => {
              const wantsIp = shape.ip !== undefined && modifiers.some((m) => m.key === '$ip');
              const inParams = modifiers.filter((m) => shape.ip === undefined || m.key !== '$ip');
              const written = shape.ip === undefined ? [] : [wantsIp ? '0' : 'nil'];
              if (inParams.length > 0) written.push(paramsText(inParams));
              return insertAt(end, `, ${[...fillers, ...written].join(', ')}`);
            }
          : undefined,
    };
  }
  const lastPairEnd = params?.namedChildren.filter((c) => c.type === 'pair').at(-1)?.endIndex;
  const paramsSpan = params && spanOf(params);
  const anchor = spanOf(params ?? ip!);
  return {
    kind: 'written',
    span: anchor,
    entries: [...ipEntry, ...hash],
    add: (modifiers) => {
      const text = modifiers.map((m) => `'${m.key}' => ${rubyLiteral(m.value)}`).join(', ');
      if (lastPairEnd !== undefined) return insertAt(lastPairEnd, `, ${text}`);
      if (paramsSpan) return { ...paramsSpan, text: `{ ${text} }` };
      return insertAt(anchor.end, `, ${paramsText(modifiers)}`);
    },
  };
}

function describeCall(call: SyntaxNode, method: string, shape: MethodShape, facts: FileFacts, file: FileContext): CallDescription {
  const { nodes: args, trailingPairs } = argumentsOf(call);
  const at = (index: number | undefined): SyntaxNode | undefined => (index === undefined ? undefined : args[index]);
  const event = at(shape.event);
  const properties = at(shape.properties);
  const distinctId = at(shape.distinctId);
  const propertyName = at(shape.propertyName);
  // `track(id, 'Event', total: 1, plan: 'pro')`: the trailing pairs are the properties hash.
  const implicitHash = shape.properties !== undefined && args.length === shape.properties && trailingPairs.length > 0;
  const written: WrittenEntries | undefined = implicitHash
    ? hashEntries(call.childForFieldName('arguments')!, trailingPairs, facts)
    : properties?.type === 'hash'
      ? hashEntries(properties, properties.namedChildren, facts)
      : shape.peopleMethod === 'unset' && properties
        ? nameEntries(properties, facts)
        : propertyName
          ? nameEntries(propertyName, facts)
          : undefined;
  return {
    span: spanOf(call),
    vendor: 'mixpanel',
    vendorLabel: 'Mixpanel',
    method: shape.kind === 'people' ? `people.${method}` : method,
    kind: shape.kind,
    peopleMethod: shape.peopleMethod,
    side: 'server',
    products: file.products,
    event: event && {
      span: spanOf(event),
      names: possibleNames(event, facts),
      rewrite: event.type === 'string' && stringValue(event) !== undefined ? stringRewrite(event) : undefined,
    },
    passesProperties: implicitHash || (properties !== undefined && properties.type !== 'nil'),
    written,
    personUpdates: [],
    distinctId: distinctId && describeId(distinctId, facts),
    modifiers: describeModifiers(args, shape, facts),
  };
}

/** `unset(id, 'a')`, `unset(id, ['a', 'b'])`, `plus_one(id, 'logins')`: names only. */
function nameEntries(node: SyntaxNode, facts: FileFacts): WrittenEntries | undefined {
  const items = node.type === 'array' ? node.namedChildren : [node];
  const entries = items.flatMap((item) => {
    const name = valueOf(item, facts);
    return name.kind === 'value' && typeof name.value === 'string' ? [entry(name.value, item, item, UNKNOWN, undefined, undefined)] : [];
  });
  return { span: spanOf(node), entries, complete: false };
}

/** `analytics.track(user_id: id, event: 'X', properties: { ... })`: the options hash, by key. */
function describeOptionsCall(
  call: SyntaxNode,
  method: string,
  shape: OptionsShape,
  sdk: 'segment' | 'posthog',
  facts: FileFacts,
  file: FileContext,
): CallDescription {
  const { nodes, trailingPairs } = argumentsOf(call);
  const pairs = trailingPairs.length > 0 ? trailingPairs : nodes[0]?.type === 'hash' ? nodes[0].namedChildren : [];
  const options = new Map<string, SyntaxNode>();
  for (const pair of pairs) {
    const key = pair.type === 'pair' ? pair.childForFieldName('key') : undefined;
    const value = pair.childForFieldName('value');
    const name = key && valueOf(key, facts);
    if (value && name?.kind === 'value' && typeof name.value === 'string') options.set(name.value, value);
  }
  const at = (key: string | undefined): SyntaxNode | undefined => (key === undefined ? undefined : options.get(key));
  const event = at(shape.event);
  const properties = at(shape.properties);
  const distinctId = at(shape.distinctId);
  const written = properties?.type === 'hash' ? hashEntries(properties, properties.namedChildren, facts) : undefined;
  // PostHog's person updates inside an event: `properties: { '$set' => { ... } }`.
  const personUpdates =
    sdk === 'posthog' && shape.kind === 'track' && properties?.type === 'hash'
      ? properties.namedChildren.flatMap((pair) => {
          const key = pair.type === 'pair' ? pair.childForFieldName('key') : undefined;
          const value = pair.childForFieldName('value');
          const name = key && valueOf(key, facts);
          return name?.kind === 'value' && (name.value === '$set' || name.value === '$set_once') && value?.type === 'hash'
            ? [hashEntries(value, value.namedChildren, facts)]
            : [];
        })
      : [];
  return {
    span: spanOf(call),
    vendor: sdk,
    vendorLabel: LABELS[sdk],
    method,
    kind: shape.kind,
    side: 'server',
    products: file.products,
    event: event && {
      span: spanOf(event),
      names: possibleNames(event, facts),
      rewrite: event.type === 'string' && stringValue(event) !== undefined ? stringRewrite(event) : undefined,
    },
    passesProperties: properties !== undefined && properties.type !== 'nil',
    written,
    writesPeople: shape.writesPeople,
    personUpdates,
    distinctId: distinctId && describeId(distinctId, facts),
  };
}

/**
 * Ruby SDK calls: mixpanel-ruby (`Mixpanel::Tracker.new(token)`), analytics-ruby
 * (`Segment::Analytics.new(write_key:)`) and posthog-ruby (`PostHog::Client.new(api_key:)`), the client
 * held in a variable, instance variable, constant or memoising method.
 */
export const ruby: LanguageRecognizer = {
  name: 'Ruby',
  grammar: 'ruby',
  extensions: ['.rb'],
  lineComment: '#',
  makesClients,
  declarations(tree: SyntaxTree, file: FileContext): Declarations {
    if (!/\b[A-Z]\w*\s*=|\$\w+\s*=/.test(file.text)) return { constants: new Map(), clients: new Map() };
    const facts = factsOf(tree, file);
    // `Analytics::Events::ORDER` is also named `Events::ORDER` from inside `module Analytics`.
    const suffixes = (name: string): string[] => {
      const parts = name.split('::');
      return parts.length === 1 ? [name] : parts.slice(0, -1).map((_, i) => parts.slice(i).join('::'));
    };
    const clients = new Map<string, string>();
    for (const name of facts.visible) {
      const sdk = facts.handles.get(name);
      if (sdk) clients.set(name, sdk);
    }
    return { constants: declaredConstants(facts.constants, facts.visible, (node) => valueOf(node, facts), suffixes), clients };
  },
  recognize(tree: SyntaxTree, file: FileContext): CallDescription[] {
    // A client made here, or one another file made in a constant or global this file names.
    const sdk = makesClients(file.text) || namesSharedClient(file);
    if (!sdk && file.trackers.length === 0) return [];
    const facts = factsOf(tree, file);
    const syntax: ValueSyntax = {
      value: (node) => valueOf(node, facts),
      // The trailing `key: value` pairs of a call stand for one hash.
      entries: (node) =>
        node.type === 'hash' || node.type === 'argument_list'
          ? hashEntries(
              node,
              node.namedChildren.filter((c) => c.type === 'pair' || c.type === 'hash_splat_argument'),
              facts,
            )
          : undefined,
      idParts: (node) => idParts(node, facts),
      isStringLiteral: (node) => node.type === 'string' && stringValue(node) !== undefined,
      writeValue: (node) => (LITERALS.has(node.type) ? rubyLiteral : undefined),
    };
    const sharedSdk = (node: SyntaxNode): RubySdk | undefined => {
      const vendor =
        node.type === 'constant' || node.type === 'global_variable' || node.type === 'scope_resolution' ? file.shared?.client(node.text) : undefined;
      return isRubySdk(vendor) ? vendor : undefined;
    };
    const sdkOf = (node: SyntaxNode | null): RubySdk | undefined => (node ? (facts.handles.get(node.text) ?? factoryOf(node) ?? sharedSdk(node)) : undefined);
    const isTracker = (node: SyntaxNode | null): boolean => sdkOf(node) === 'mixpanel';
    const calls: CallDescription[] = [];
    for (const node of tree.rootNode.descendantsOfType('call')) {
      if (node.type !== 'call') continue;
      const method = node.childForFieldName('method')?.text ?? '';
      const receiver = node.childForFieldName('receiver');
      const tracker = trackerFor(receiver ? `${receiver.text}.${method}` : method, file.trackers);
      if (tracker) {
        const { nodes, trailingPairs } = argumentsOf(node);
        const written = trailingPairs.length > 0 ? [...nodes, node.childForFieldName('arguments')!] : nodes;
        calls.push(describeTrackerCall(node, tracker, { written, named: keywordArguments(trailingPairs) }, syntax, file));
        continue;
      }
      if (!receiver || !sdk) continue;
      const client = sdkOf(receiver);
      if (client === 'segment' || client === 'posthog') {
        const shape = Object.hasOwn(OPTIONS_METHODS[client], method) ? OPTIONS_METHODS[client][method] : undefined;
        if (shape) calls.push(describeOptionsCall(node, method, shape, client, facts, file));
        continue;
      }
      const trackerShape = Object.hasOwn(TRACKER_METHODS, method) ? TRACKER_METHODS[method] : undefined;
      if (trackerShape && isTracker(receiver)) {
        calls.push(describeCall(node, method, trackerShape, facts, file));
        continue;
      }
      const peopleShape = Object.hasOwn(PEOPLE_METHODS, method) ? PEOPLE_METHODS[method] : undefined;
      if (
        peopleShape &&
        receiver.type === 'call' &&
        receiver.childForFieldName('method')?.text === 'people' &&
        isTracker(receiver.childForFieldName('receiver'))
      ) {
        calls.push(describeCall(node, method, peopleShape, facts, file));
      }
    }
    return calls;
  },
};
