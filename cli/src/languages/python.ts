import type {
  CallDescription,
  CallKind,
  DescribedId,
  DescribedModifiers,
  IdPart,
  KnownValue,
  Modifier,
  Vendor,
  WrittenEntries,
  WrittenEntry,
} from '@trackplan/schema';
import type { Declarations, FileContext, LanguageRecognizer, SharedDeclarations, ValueSyntax } from './language.js';
import { describeTrackerCall, trackerFor } from './tracker-calls.js';
import { declaredConstants, perTree, entry, insertAt, known, MAX_DEPTH, rewriteString, spanOf, stringRewrite, UNKNOWN, numberLiteral } from './syntax.js';
import type { SyntaxNode, SyntaxTree } from './tree-sitter.js';

/** A method's parameters as the SDK declares them, and which of them the rules read. */
interface MethodShape {
  readonly kind: CallKind;
  readonly params: readonly string[];
  readonly distinctId?: number;
  readonly event?: number;
  readonly properties?: number;
  /** `meta`, where `$ip` and `$ignore_time` go. */
  readonly modifiers?: number;
  readonly peopleMethod?: string;
  /** Identify calls whose properties are the person's: Segment's traits. */
  readonly writesPeople?: boolean;
  /** Amplitude's `track(BaseEvent(...))`: the arguments read are the event object's, by these parameters. */
  readonly eventObject?: { readonly className: string };
}

/** One Python SDK: the classes that make a client, the modules that are one, and its methods. */
interface PythonSdk {
  readonly vendor: Vendor;
  readonly label: string;
  /** Module → the class it exports that makes a client. */
  readonly classes: Readonly<Record<string, string>>;
  /** Modules whose functions are the client's methods (`import posthog; posthog.capture(...)`). */
  readonly clientModules: readonly string[];
  /** A method's shape, given how many positional arguments the call has (PostHog changed `capture`). */
  readonly methods: Readonly<Record<string, (positional: number) => MethodShape>>;
}

const people = (peopleMethod: string): MethodShape => ({
  kind: 'people',
  params: ['distinct_id', 'properties', 'meta'],
  distinctId: 0,
  properties: 1,
  modifiers: 2,
  peopleMethod,
});

/** mixpanel-python's `Mixpanel` methods (mixpanel/__init__.py): every people method takes `meta` last. */
const MIXPANEL_METHODS: Readonly<Record<string, MethodShape>> = {
  track: { kind: 'track', params: ['distinct_id', 'event_name', 'properties', 'meta'], distinctId: 0, event: 1, properties: 2 },
  alias: { kind: 'alias', params: ['alias_id', 'original', 'meta'], distinctId: 0 },
  people_set: people('set'),
  people_set_once: people('set_once'),
  people_increment: people('increment'),
  people_append: people('append'),
  people_union: people('union'),
  people_remove: people('remove'),
  people_unset: people('unset'),
  people_delete: { kind: 'people', params: ['distinct_id', 'meta'], distinctId: 0, modifiers: 1, peopleMethod: 'delete_user' },
  people_track_charge: { kind: 'people', params: ['distinct_id', 'amount', 'properties', 'meta'], distinctId: 0, modifiers: 3, peopleMethod: 'track_charge' },
  people_clear_charges: { kind: 'people', params: ['distinct_id', 'meta'], distinctId: 0, modifiers: 1, peopleMethod: 'clear_charges' },
};

const always = (shape: MethodShape) => (): MethodShape => shape;

/** segment/analytics/client.py: `track(user_id, event, properties, ...)`, `identify(user_id, traits)`, `alias(previous_id, user_id)`. */
const SEGMENT_METHODS: PythonSdk['methods'] = {
  track: always({ kind: 'track', params: ['user_id', 'event', 'properties'], distinctId: 0, event: 1, properties: 2 }),
  identify: always({ kind: 'identify', params: ['user_id', 'traits'], distinctId: 0, properties: 1, writesPeople: true }),
  alias: always({ kind: 'alias', params: ['previous_id', 'user_id'], distinctId: 1 }),
};

/**
 * posthog/client.py: `capture(event, distinct_id=..., properties=...)`, and before 4.0
 * `capture(distinct_id, event, properties)`: told apart by the positional arguments;
 * `set(distinct_id=..., properties=...)`, `set_once`, `alias(previous_id, distinct_id)`.
 */
const POSTHOG_METHODS: PythonSdk['methods'] = {
  capture: (positional) =>
    positional >= 2
      ? { kind: 'track', params: ['distinct_id', 'event', 'properties'], distinctId: 0, event: 1, properties: 2 }
      : { kind: 'track', params: ['event', 'distinct_id', 'properties'], event: 0, distinctId: 1, properties: 2 },
  set: always({ kind: 'people', params: ['distinct_id', 'properties'], distinctId: 0, properties: 1, peopleMethod: 'set' }),
  set_once: always({ kind: 'people', params: ['distinct_id', 'properties'], distinctId: 0, properties: 1, peopleMethod: 'set_once' }),
  alias: always({ kind: 'alias', params: ['previous_id', 'distinct_id'], distinctId: 1 }),
};

/** amplitude-python (src/amplitude/client.py, event.py): `client.track(BaseEvent(event_type, user_id, ..., event_properties=...))`. */
const AMPLITUDE_METHODS: PythonSdk['methods'] = {
  track: always({
    kind: 'track',
    params: ['event_type', 'user_id', 'device_id', 'time', 'event_properties'],
    event: 0,
    distinctId: 1,
    properties: 4,
    eventObject: { className: 'BaseEvent' },
  }),
};

const SDKS: readonly PythonSdk[] = [
  {
    vendor: 'mixpanel',
    label: 'Mixpanel',
    classes: { mixpanel: 'Mixpanel' },
    clientModules: [],
    methods: Object.fromEntries(Object.entries(MIXPANEL_METHODS).map(([name, shape]) => [name, always(shape)])),
  },
  {
    vendor: 'segment',
    label: 'Segment',
    classes: { 'segment.analytics': 'Client', 'segment.analytics.client': 'Client' },
    clientModules: ['segment.analytics'],
    methods: SEGMENT_METHODS,
  },
  { vendor: 'posthog', label: 'PostHog', classes: { posthog: 'Posthog' }, clientModules: ['posthog'], methods: POSTHOG_METHODS },
  { vendor: 'amplitude', label: 'Amplitude', classes: { amplitude: 'Amplitude' }, clientModules: [], methods: AMPLITUDE_METHODS },
];

/** What one module defines that calls read: its constants, and the names that hold a Mixpanel client. */
interface ModuleFacts {
  readonly constants: Map<string, SyntaxNode | null>;
  /** Callees that make a client (`Mixpanel`, `mixpanel.Mixpanel`, `Posthog`), and their SDK. */
  readonly factories: Map<string, PythonSdk>;
  /** Names and attributes that hold a client (`mp`, `self.mp`, a module imported as `analytics`). */
  readonly handles: Map<string, PythonSdk>;
  /** Module-level names holding a client, which other modules may import. */
  readonly exportedHandles: Set<string>;
  /** Imported names → what they are in the module that defines them: `SIGN_UP` → `app.events.SIGN_UP`. */
  readonly imports: Map<string, string>;
  readonly shared: SharedDeclarations | undefined;
}

/** A file's module as dotted parts: `/repo/app/events.py` → repo, app, events (a package's `__init__.py` is the package). */
function modulePath(path: string): string[] {
  const parts = path.split(/[\\/]/).filter((p) => p.length > 0 && p !== '.');
  const last = parts.pop()?.replace(/\.py$/, '');
  return last && last !== '__init__' ? [...parts, last] : parts;
}

/** Where `from .events import X` looks: the importing file's package, one level up per extra dot. */
function resolveModule(module: string, path: string | undefined): string {
  const dots = /^\.*/.exec(module)![0].length;
  if (dots === 0) return module;
  const packageParts = path ? modulePath(path.replace(/[^\\/]+$/, '__init__.py')) : [];
  const base = packageParts.slice(0, Math.max(0, packageParts.length - (dots - 1)));
  return [...base, ...module.slice(dots).split('.').filter(Boolean)].join('.');
}

/** The SDK of a client another module holds: `a.mp` with `import app.analytics as a`. */
function sharedSdk(name: string, facts: ModuleFacts): PythonSdk | undefined {
  const qualified = qualify(name, facts.imports);
  const vendor = qualified === undefined ? undefined : facts.shared?.client(qualified);
  return vendor === undefined ? undefined : SDKS.find((s) => s.vendor === vendor);
}

/** What a dotted name refers to in the module that defines it: `ev.SIGN_UP` with `import app.events as ev` → `app.events.SIGN_UP`. */
function qualify(name: string, imports: ReadonlyMap<string, string>): string | undefined {
  const [first, ...rest] = name.split('.');
  const imported = first === undefined ? undefined : imports.get(first);
  return imported === undefined ? undefined : [imported, ...rest].join('.');
}

const stringContent = (node: SyntaxNode): string | undefined => {
  if (node.type !== 'string') return undefined;
  const start = node.namedChildren[0]?.text ?? '';
  if (/[bB]/.test(start)) return undefined;
  let text = '';
  for (const part of node.namedChildren) {
    if (part.type === 'interpolation') return undefined;
    if (part.type === 'string_content') text += part.text;
    else if (part.type === 'escape_sequence') text += unescape(part.text, /[rR]/.test(start));
  }
  return text;
};

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
function unescape(sequence: string, raw: boolean): string {
  if (raw) return sequence;
  const code = /^\\[uUx]([0-9a-fA-F]+)$/.exec(sequence)?.[1];
  if (code) return String.fromCodePoint(parseInt(code, 16));
  return ESCAPES[sequence.slice(1)] ?? sequence;
}

function moduleFacts(root: SyntaxNode, file: Pick<FileContext, 'path' | 'shared'>): ModuleFacts {
  const constants = new Map<string, SyntaxNode | null>();
  const factories = new Map<string, PythonSdk>();
  const handles = new Map<string, PythonSdk>();
  const exportedHandles = new Set<string>();
  const imports = new Map<string, string>();
  const define = (name: string, value: SyntaxNode): void => {
    // A name assigned twice is not a constant.
    constants.set(name, constants.has(name) ? null : value);
  };
  for (const statement of root.namedChildren) {
    if (statement.type === 'import_from_statement') {
      // `from mixpanel import Mixpanel`, `from posthog import Posthog as PH`, `from segment import analytics`
      const from = statement.childForFieldName('module_name')?.text ?? '';
      for (const name of statement.childrenForFieldName('name')) {
        const imported = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
        const local = name.type === 'aliased_import' ? (name.childForFieldName('alias')?.text ?? '') : name.text;
        if (imported) imports.set(local, `${resolveModule(from, file.path)}.${imported}`);
        for (const sdk of SDKS) {
          if (sdk.classes[from] === imported) factories.set(local, sdk);
          if (sdk.clientModules.includes(`${from}.${imported ?? ''}`)) handles.set(local, sdk);
        }
      }
    }
    if (statement.type === 'import_statement') {
      // `import mixpanel`, `import posthog`, `import segment.analytics as analytics`
      for (const name of statement.childrenForFieldName('name')) {
        const module = name.type === 'aliased_import' ? (name.childForFieldName('name')?.text ?? '') : name.text;
        const local = name.type === 'aliased_import' ? (name.childForFieldName('alias')?.text ?? '') : name.text;
        imports.set(local.split('.')[0]!, name.type === 'aliased_import' ? module : module.split('.')[0]!);
        for (const sdk of SDKS) {
          const className = Object.hasOwn(sdk.classes, module) ? sdk.classes[module] : undefined;
          if (className) factories.set(`${local}.${className}`, sdk);
          if (sdk.clientModules.includes(module)) handles.set(local, sdk);
        }
      }
    }
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type === 'assignment') {
      const left = assignment.childForFieldName('left');
      const right = assignment.childForFieldName('right');
      if (left?.type === 'identifier' && right) define(left.text, right);
    }
    if (statement.type === 'class_definition') classConstants(statement, define);
  }
  if (factories.size > 0) {
    for (const node of root.descendantsOfType('assignment')) {
      if (node.type !== 'assignment') continue;
      const right = node.childForFieldName('right');
      const left = node.childForFieldName('left');
      const sdk = right?.type === 'call' ? factories.get(right.childForFieldName('function')?.text ?? '') : undefined;
      if (left && sdk) handles.set(left.text, sdk);
      if (left?.type === 'identifier' && sdk && node.parent?.parent?.type === 'module') exportedHandles.add(left.text);
    }
  }
  // A client another module made: `from app.analytics import mp`.
  for (const [local, qualified] of imports) {
    const vendor = file.shared?.client(qualified);
    const sdk = vendor === undefined ? undefined : SDKS.find((s) => s.vendor === vendor);
    if (sdk && !handles.has(local)) handles.set(local, sdk);
  }
  return { constants, factories, handles, exportedHandles, imports, shared: file.shared };
}

/** `class Events(str, Enum): SIGNUP = "User signs up"` → `Events.SIGNUP` (and `Events.SIGNUP.value`). */
function classConstants(definition: SyntaxNode, define: (name: string, value: SyntaxNode) => void): void {
  const name = definition.childForFieldName('name')?.text;
  const supers = (definition.childForFieldName('superclasses')?.namedChildren ?? []).map((s) => s.text);
  const isEnum = supers.some((s) => /(^|\.)(Enum|StrEnum|IntEnum)$/.test(s));
  // A plain Enum member is not its value: only `.value` is (str mixins and StrEnum are both).
  const memberIsValue = !isEnum || supers.some((s) => s === 'str' || /(^|\.)StrEnum$/.test(s));
  for (const statement of definition.childForFieldName('body')?.namedChildren ?? []) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : undefined;
    const right = assignment?.childForFieldName('right');
    if (!name || left?.type !== 'identifier' || !right) continue;
    if (memberIsValue) define(`${name}.${left.text}`, right);
    if (isEnum) define(`${name}.${left.text}.value`, right);
  }
}

/** What a Python expression is known to be, following module constants. */
function valueOf(node: SyntaxNode, facts: ModuleFacts, depth = 0): KnownValue {
  if (depth > MAX_DEPTH) return UNKNOWN;
  switch (node.type) {
    case 'string': {
      const text = stringContent(node);
      return text === undefined ? (node.namedChildren.some((c) => c.type === 'interpolation') ? { kind: 'type', type: 'string' } : UNKNOWN) : known(text);
    }
    case 'concatenated_string': {
      const parts = node.namedChildren.map(stringContent);
      return parts.every((p) => p !== undefined) ? known(parts.join('')) : { kind: 'type', type: 'string' };
    }
    case 'integer':
    case 'float':
      return numberLiteral(node.text);
    case 'true':
      return known(true);
    case 'false':
      return known(false);
    case 'none':
      return known(null);
    case 'unary_operator': {
      const operand = node.childForFieldName('argument');
      const value = operand ? valueOf(operand, facts, depth + 1) : UNKNOWN;
      const operator = node.childForFieldName('operator')?.text;
      return value.kind === 'value' && typeof value.value === 'number' && (operator === '-' || operator === '+')
        ? known(operator === '-' ? -value.value : value.value)
        : UNKNOWN;
    }
    case 'parenthesized_expression':
      return node.namedChildren[0] ? valueOf(node.namedChildren[0], facts, depth + 1) : UNKNOWN;
    case 'identifier':
    case 'attribute': {
      const defined = facts.constants.get(node.text);
      if (defined) return valueOf(defined, facts, depth + 1);
      // A constant of another module: `from app.events import SIGN_UP`, `events.SIGN_UP`.
      const qualified = defined === null ? undefined : qualify(node.text, facts.imports);
      return (qualified === undefined ? undefined : facts.shared?.constant(qualified)) ?? UNKNOWN;
    }
    case 'dictionary':
    case 'dictionary_comprehension':
      return { kind: 'type', type: 'object' };
    case 'list':
    case 'tuple':
    case 'list_comprehension':
      return { kind: 'type', type: 'array' };
    case 'comparison_operator':
    case 'not_operator':
      return { kind: 'type', type: 'boolean' };
    case 'call': {
      const callee = node.childForFieldName('function')?.text;
      if (callee === 'str') return { kind: 'type', type: 'string' };
      if (callee === 'int' || callee === 'float' || callee === 'len') return { kind: 'type', type: 'number' };
      if (callee === 'bool') return { kind: 'type', type: 'boolean' };
      if (callee === 'dict') return { kind: 'type', type: 'object' };
      if (callee === 'list') return { kind: 'type', type: 'array' };
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

/** The event names an expression may hold: a literal or constant, or either branch of `a if c else b`. */
function possibleNames(node: SyntaxNode, facts: ModuleFacts): string[] | undefined {
  if (node.type === 'conditional_expression') {
    const [a, , b] = node.namedChildren;
    const left = a && possibleNames(a, facts);
    const right = b && possibleNames(b, facts);
    return left && right ? [...new Set([...left, ...right])] : undefined;
  }
  const value = valueOf(node, facts);
  return value.kind === 'value' && typeof value.value === 'string' ? [value.value] : undefined;
}

const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LITERALS = new Set(['string', 'integer', 'float', 'true', 'false', 'none', 'concatenated_string']);

/** A JSON value written as Python. */
export const pythonLiteral = (value: unknown): string =>
  value === true ? 'True' : value === false ? 'False' : value === null ? 'None' : JSON.stringify(value);

/** The keys and values of a dict literal or `dict(a=1)`; undefined when the properties are built elsewhere. */
function dictEntries(node: SyntaxNode, facts: ModuleFacts): WrittenEntries | undefined {
  const entries: WrittenEntry[] = [];
  let complete = true;
  const writeValue = (valueNode: SyntaxNode) => (LITERALS.has(valueNode.type) ? pythonLiteral : undefined);
  if (node.type === 'dictionary') {
    for (const pair of node.namedChildren) {
      const key = pair.type === 'pair' ? pair.childForFieldName('key') : undefined;
      const value = pair.childForFieldName('value');
      const name = key && valueOf(key, facts);
      if (!key || !value || name?.kind !== 'value' || (typeof name.value !== 'string' && typeof name.value !== 'number')) {
        if (pair.type !== 'comment') complete = false;
        continue;
      }
      const keyText = key.text;
      const rename = key.type === 'string' ? (n: string) => rewriteString(keyText, n) : undefined;
      entries.push(entry(String(name.value), key, value, valueOf(value, facts), rename, writeValue(value)));
    }
    return { span: spanOf(node), entries, complete };
  }
  if (node.type === 'call' && node.childForFieldName('function')?.text === 'dict') {
    for (const argument of node.childForFieldName('arguments')?.namedChildren ?? []) {
      const name = argument.type === 'keyword_argument' ? argument.childForFieldName('name') : undefined;
      const value = argument.childForFieldName('value');
      if (!name || !value) {
        complete = false;
        continue;
      }
      entries.push(entry(name.text, name, value, valueOf(value, facts), (n) => (PYTHON_IDENTIFIER.test(n) ? n : undefined), writeValue(value)));
    }
    return { span: spanOf(node), entries, complete };
  }
  return undefined;
}

/** The strings and names a user id is made from, in order (`user.email`, `f"{email}"`, `email.lower()`, `str(user.email)`). */
function idParts(node: SyntaxNode, facts: ModuleFacts, depth = 0): IdPart[] {
  if (depth > MAX_DEPTH) return [];
  switch (node.type) {
    case 'string':
      return [
        ...node.namedChildren.filter((c) => c.type === 'string_content').map((c): IdPart => ({ kind: 'string', value: c.text })),
        ...node.namedChildren
          .filter((c) => c.type === 'interpolation')
          .flatMap((c) => (c.namedChildren[0] ? idParts(c.namedChildren[0], facts, depth + 1) : [])),
      ];
    case 'identifier': {
      const defined = facts.constants.get(node.text);
      return [{ kind: 'name', name: node.text }, ...(defined ? idParts(defined, facts, depth + 1) : [])];
    }
    case 'attribute': {
      const attribute = node.childForFieldName('attribute');
      return attribute ? [{ kind: 'name', name: attribute.text }] : [];
    }
    case 'subscript': {
      const key = node.childForFieldName('subscript');
      const value = key && valueOf(key, facts);
      return value?.kind === 'value' && typeof value.value === 'string' ? [{ kind: 'name', name: value.value }] : [];
    }
    case 'call': {
      const callee = node.childForFieldName('function');
      if (callee?.type === 'attribute') {
        const object = callee.childForFieldName('object');
        return object ? idParts(object, facts, depth + 1) : [];
      }
      const first = node.childForFieldName('arguments')?.namedChildren[0];
      return first ? idParts(first, facts, depth + 1) : [];
    }
    case 'parenthesized_expression':
      return node.namedChildren[0] ? idParts(node.namedChildren[0], facts, depth + 1) : [];
    default:
      return [];
  }
}

const describeId = (node: SyntaxNode, facts: ModuleFacts): DescribedId => ({ span: spanOf(node), text: node.text, parts: idParts(node, facts) });

const metaLiteral = (modifiers: readonly Modifier[]): string => `{${modifiers.map((m) => `'${m.key}': ${pythonLiteral(m.value)}`).join(', ')}}`;

/** `meta={'$ip': 0, '$ignore_time': True}`: given as a dict, built elsewhere, or missing (added as a keyword argument). */
function describeModifiers(meta: SyntaxNode | undefined, argumentList: SyntaxNode, facts: ModuleFacts): DescribedModifiers {
  if (!meta || meta.type === 'none') {
    const last = argumentList.namedChildren.filter((c) => c.type !== 'comment').at(-1);
    if (meta) {
      const span = spanOf(meta);
      return { kind: 'missing', add: (modifiers) => ({ ...span, text: metaLiteral(modifiers) }) };
    }
    const end = last?.endIndex;
    return { kind: 'missing', add: end === undefined ? undefined : (modifiers) => insertAt(end, `, meta=${metaLiteral(modifiers)}`) };
  }
  if (meta.type !== 'dictionary') return { kind: 'opaque', span: spanOf(meta) };
  const written = dictEntries(meta, facts);
  const pairs = meta.namedChildren.filter((c) => c.type === 'pair');
  const lastPairEnd = pairs.at(-1)?.endIndex;
  const span = spanOf(meta);
  return {
    kind: 'written',
    span,
    entries: (written?.entries ?? []).map((e) => ({ key: e.key, value: e.value, valueSpan: e.valueSpan })),
    add: (modifiers) => {
      const text = modifiers.map((m) => `'${m.key}': ${pythonLiteral(m.value)}`).join(', ');
      return lastPairEnd !== undefined ? insertAt(lastPairEnd, `, ${text}`) : { ...span, text: `{${text}}` };
    },
  };
}

const positionalArguments = (argumentList: SyntaxNode): SyntaxNode[] =>
  argumentList.namedChildren.filter((c) => !['keyword_argument', 'list_splat', 'dictionary_splat', 'comment'].includes(c.type));

/** PostHog's person updates inside an event: `capture('x', properties={'$set': {...}, '$set_once': {...}})`. */
function personUpdates(properties: SyntaxNode, facts: ModuleFacts): WrittenEntries[] {
  if (properties.type !== 'dictionary') return [];
  return properties.namedChildren.flatMap((pair) => {
    const key = pair.type === 'pair' ? pair.childForFieldName('key') : undefined;
    const value = pair.childForFieldName('value');
    const name = key && stringContent(key);
    const updates = (name === '$set' || name === '$set_once') && value ? dictEntries(value, facts) : undefined;
    return updates ? [updates] : [];
  });
}

function describeCall(
  call: SyntaxNode,
  method: string,
  shape: MethodShape,
  sdk: PythonSdk,
  facts: ModuleFacts,
  file: FileContext,
  argumentsFrom: SyntaxNode = call,
): CallDescription {
  const argumentList = argumentsFrom.childForFieldName('arguments')!;
  const positional = positionalArguments(argumentList);
  const keywords = new Map(
    argumentList.namedChildren
      .filter((c) => c.type === 'keyword_argument')
      .map((c) => [c.childForFieldName('name')?.text ?? '', c.childForFieldName('value')] as const),
  );
  const argument = (index: number | undefined): SyntaxNode | undefined =>
    index === undefined ? undefined : (keywords.get(shape.params[index] ?? '') ?? positional[index] ?? undefined);
  const event = argument(shape.event);
  const properties = argument(shape.properties);
  const distinctId = argument(shape.distinctId);
  const written = properties ? dictEntries(properties, facts) : undefined;
  return {
    span: spanOf(call),
    vendor: sdk.vendor,
    vendorLabel: sdk.label,
    method,
    kind: shape.kind,
    peopleMethod: shape.peopleMethod,
    side: 'server',
    products: file.products,
    event: event && {
      span: spanOf(event),
      names: possibleNames(event, facts),
      rewrite: event.type === 'string' && stringContent(event) !== undefined ? stringRewrite(event) : undefined,
    },
    passesProperties: properties !== undefined && properties.type !== 'none',
    written: shape.peopleMethod === 'unset' && properties ? nameList(properties, facts) : written,
    writesPeople: shape.writesPeople,
    personUpdates: sdk.vendor === 'posthog' && shape.kind === 'track' && properties ? personUpdates(properties, facts) : [],
    distinctId: distinctId && describeId(distinctId, facts),
    modifiers: shape.modifiers === undefined ? undefined : describeModifiers(argument(shape.modifiers), argumentList, facts),
  };
}

/** `people_unset(id, ['a', 'b'])`: names only. */
function nameList(node: SyntaxNode, facts: ModuleFacts): WrittenEntries | undefined {
  if (node.type !== 'list' && node.type !== 'tuple') return undefined;
  const entries = node.namedChildren.flatMap((item) => {
    const name = valueOf(item, facts);
    return name.kind === 'value' && typeof name.value === 'string' ? [entry(name.value, item, item, UNKNOWN, undefined, undefined)] : [];
  });
  return { span: spanOf(node), entries, complete: false };
}

const factsOf = perTree((tree, file) => moduleFacts(tree.rootNode, file));

/**
 * Python SDK calls: mixpanel-python (`Mixpanel(token)` held in a name or attribute, or called at once),
 * Segment's analytics-python (`import segment.analytics as analytics`, or its `Client`) and PostHog's
 * posthog-python (`import posthog`, or `Posthog(key)`) and amplitude-python (`Amplitude(key).track(BaseEvent(...))`).
 */
export const python: LanguageRecognizer = {
  name: 'Python',
  grammar: 'python',
  extensions: ['.py'],
  lineComment: '#',
  makesClients: (text) => /\b(Mixpanel|Posthog|Client|Amplitude)\(/.test(text),
  declarations(tree: SyntaxTree, file: FileContext): Declarations {
    const facts = factsOf(tree, file);
    // Named from other modules by any tail of this one's path: `events.X`, `app.events.X`.
    const path = file.path ? modulePath(file.path) : [];
    const names = (name: string): string[] => path.map((_, i) => `${path.slice(i).join('.')}.${name}`);
    const clients = new Map<string, string>();
    for (const name of facts.exportedHandles) for (const as of names(name)) clients.set(as, facts.handles.get(name)!.vendor);
    const visible = new Set([...facts.constants.keys()]);
    return { constants: declaredConstants(facts.constants, visible, (node) => valueOf(node, facts), names), clients };
  },
  recognize(tree: SyntaxTree, file: FileContext): CallDescription[] {
    const facts = factsOf(tree, file);
    // A module imported whole may hold a client another file made: `import app.analytics as a; a.mp.track(...)`.
    const sharedClients = [...facts.imports.values()].some((module) => file.shared?.hasClientsUnder(module) ?? false);
    if (facts.factories.size === 0 && facts.handles.size === 0 && !sharedClients && file.trackers.length === 0) return [];
    const syntax: ValueSyntax = {
      value: (node) => valueOf(node, facts),
      entries: (node) => dictEntries(node, facts),
      idParts: (node) => idParts(node, facts),
      isStringLiteral: (node) => node.type === 'string' && stringContent(node) !== undefined,
      writeValue: (node) => (LITERALS.has(node.type) ? pythonLiteral : undefined),
    };
    const calls: CallDescription[] = [];
    for (const node of tree.rootNode.descendantsOfType('call')) {
      if (node.type !== 'call') continue;
      const callee = node.childForFieldName('function');
      const tracker = callee && trackerFor(callee.text, file.trackers);
      if (tracker) {
        // Arguments as written (a keyword argument counts by its place too), and by keyword.
        const list = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((c) => c.type !== 'comment');
        const named = new Map<string, SyntaxNode>();
        for (const c of list) {
          const [name, value] = c.type === 'keyword_argument' ? [c.childForFieldName('name')?.text, c.childForFieldName('value')] : [];
          if (name && value && !named.has(name)) named.set(name, value);
        }
        const written = list.map((c) => (c.type === 'keyword_argument' ? (c.childForFieldName('value') ?? c) : c));
        calls.push(describeTrackerCall(node, tracker, { written, named }, syntax, file));
        continue;
      }
      if (callee?.type !== 'attribute') continue;
      const method = callee.childForFieldName('attribute')?.text ?? '';
      const object = callee.childForFieldName('object');
      if (!object) continue;
      const sdk =
        facts.handles.get(object.text) ??
        (object.type === 'call' ? facts.factories.get(object.childForFieldName('function')?.text ?? '') : undefined) ??
        (sharedClients ? sharedSdk(object.text, facts) : undefined);
      const shapeOf = sdk && Object.hasOwn(sdk.methods, method) ? sdk.methods[method] : undefined;
      if (!sdk || !shapeOf) continue;
      const shape = shapeOf(positionalArguments(node.childForFieldName('arguments')!).length);
      if (shape.eventObject) {
        // `track(BaseEvent(...))`: an event object written in place; one built elsewhere cannot be read.
        const [event] = positionalArguments(node.childForFieldName('arguments')!);
        const className = event?.type === 'call' ? event.childForFieldName('function')?.text.split('.').at(-1) : undefined;
        if (event && className === shape.eventObject.className) calls.push(describeCall(node, method, shape, sdk, facts, file, event));
        continue;
      }
      calls.push(describeCall(node, method, shape, sdk, facts, file));
    }
    return calls;
  },
};
