import type { CallDescription, IdPart, KnownValue, WrittenEntries, WrittenEntry } from '@trackplan/schema';
import type { Declarations, FileContext, LanguageRecognizer, SharedDeclarations, ValueSyntax } from './language.js';
import { describeAndroidCall, isInstanceMethod, isPeopleMethod } from './mixpanel-android.js';
import {
  describeSdkCall,
  importedSdks,
  JAVA_SDKS,
  overloadFor,
  sdkOfFactory,
  sdkOfSingleton,
  sdkOfType,
  type ClientSdk,
  type SdkMethod,
} from './client-sdks.js';
import { describeTrackerCall, trackerFor } from './tracker-calls.js';
import { declaredConstants, perTree, keyedEntry, literalText, known, MAX_DEPTH, namedValue, spanOf, UNKNOWN, numberLiteral } from './syntax.js';
import type { SyntaxNode, SyntaxTree } from './tree-sitter.js';

const plain = (node: SyntaxNode): string => node.text.replace(/\s+/g, '').replace(/^this\./, '');
const argumentsOf = (invocation: SyntaxNode): SyntaxNode[] =>
  invocation.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
const isFactory = (node: SyntaxNode): boolean =>
  node.type === 'method_invocation' && node.childForFieldName('object')?.text === 'MixpanelAPI' && node.childForFieldName('name')?.text === 'getInstance';

interface FileFacts {
  readonly constants: Map<string, SyntaxNode | null>;
  readonly handles: Set<string>;
  /** Fields and variables holding another SDK's client (`Amplitude amplitude = new Amplitude(...)`). */
  readonly clients: Map<string, ClientSdk>;
  /** Constants other classes see: `Events.SIGN_UP`. */
  readonly visible: Set<string>;
  readonly shared: SharedDeclarations | undefined;
}

/** The client SDK `new Amplitude(...)` makes. */
const createdSdk = (node: SyntaxNode | null, sdks: readonly ClientSdk[]): ClientSdk | undefined =>
  node?.type === 'object_creation_expression' ? sdkOfFactory(node.childForFieldName('type')?.text ?? '', sdks) : undefined;

function fileFacts(root: SyntaxNode, sdks: readonly ClientSdk[], shared: SharedDeclarations | undefined): FileFacts {
  const constants = new Map<string, SyntaxNode | null>();
  const handles = new Set<string>();
  const clients = new Map<string, ClientSdk>();
  const visible = new Set<string>();
  const define = (name: string, value: SyntaxNode): void => {
    constants.set(name, constants.has(name) ? null : value);
  };
  for (const node of root.descendantsOfType(['field_declaration', 'local_variable_declaration', 'assignment_expression', 'formal_parameter'])) {
    if (node.type === 'formal_parameter') {
      // `void done(MixpanelAPI mixpanel)`, `void f(Amplitude amplitude)`.
      const name = node.childForFieldName('name')?.text;
      const type = node.childForFieldName('type')?.text ?? '';
      const client = sdkOfType(type, sdks);
      if (name && type === 'MixpanelAPI') handles.add(name);
      if (name && client) clients.set(name, client);
      continue;
    }
    if (node.type === 'field_declaration' || node.type === 'local_variable_declaration') {
      const isClient = node.childForFieldName('type')?.text === 'MixpanelAPI';
      const isFinal = /\bfinal\b/.test(node.namedChildren.find((c) => c.type === 'modifiers')?.text ?? '');
      const owner =
        node.parent?.parent?.type === 'class_declaration' || node.parent?.parent?.type === 'interface_declaration'
          ? node.parent.parent.childForFieldName('name')?.text
          : undefined;
      for (const declarator of node.childrenForFieldName('declarator')) {
        const name = declarator.childForFieldName('name')?.text;
        const value = declarator.childForFieldName('value');
        if (!name) continue;
        if (isClient || (value && isFactory(value))) handles.add(name);
        const client = createdSdk(value, sdks) ?? sdkOfType(node.childForFieldName('type')?.text ?? '', sdks);
        if (client) clients.set(name, client);
        // `static final String SIGN_UP = "…"` (interface fields are final too).
        if (value && (isFinal || node.parent?.parent?.type === 'interface_declaration')) {
          define(name, value);
          if (owner) {
            define(`${owner}.${name}`, value);
            visible.add(`${owner}.${name}`);
          }
        }
      }
    }
    if (node.type === 'assignment_expression') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left && right && isFactory(right)) handles.add(plain(left));
      const client = createdSdk(right, sdks);
      if (left && client) clients.set(plain(left), client);
    }
  }
  return { constants, handles, clients, visible, shared };
}

/** Java string literals: fragments and escapes. */
const STRINGS = {
  text: new Set(['string_fragment']),
  escape: new Set(['escape_sequence']),
  escapes: { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f' },
};
const stringValue = (node: SyntaxNode): string | undefined => (node.type === 'string_literal' ? literalText(node, STRINGS) : undefined);

function valueOf(node: SyntaxNode, facts: FileFacts, depth = 0): KnownValue {
  if (depth > MAX_DEPTH) return UNKNOWN;
  switch (node.type) {
    case 'string_literal': {
      const text = stringValue(node);
      return text === undefined ? { kind: 'type', type: 'string' } : known(text);
    }
    case 'decimal_integer_literal':
    case 'decimal_floating_point_literal':
      return numberLiteral(node.text);
    case 'true':
      return known(true);
    case 'false':
      return known(false);
    case 'null_literal':
      return known(null);
    case 'unary_expression': {
      const operand = node.childForFieldName('operand');
      const value = operand ? valueOf(operand, facts, depth + 1) : UNKNOWN;
      return value.kind === 'value' && typeof value.value === 'number' && node.childForFieldName('operator')?.text === '-' ? known(-value.value) : value;
    }
    case 'parenthesized_expression':
      return node.namedChildren[0] ? valueOf(node.namedChildren[0], facts, depth + 1) : UNKNOWN;
    case 'identifier':
    case 'field_access':
      return namedValue(plain(node), facts.constants, facts.shared, (defined) => valueOf(defined, facts, depth + 1));
    case 'object_creation_expression': {
      const type = node.childForFieldName('type')?.text ?? '';
      return /Map|JSONObject/.test(type) ? { kind: 'type', type: 'object' } : /List|JSONArray/.test(type) ? { kind: 'type', type: 'array' } : UNKNOWN;
    }
    case 'array_creation_expression':
      return { kind: 'type', type: 'array' };
    default:
      return UNKNOWN;
  }
}

const LITERALS = new Set(['string_literal', 'decimal_integer_literal', 'decimal_floating_point_literal', 'true', 'false']);
const writeValue = (node: SyntaxNode): ((value: unknown) => string | undefined) | undefined =>
  LITERALS.has(node.type) ? (value) => (value === null ? 'null' : JSON.stringify(value)) : undefined;

const pairEntry = (key: SyntaxNode, value: SyntaxNode, facts: FileFacts): WrittenEntry | undefined =>
  keyedEntry(key, value, { value: (node) => valueOf(node, facts), isStringLiteral: (node) => stringValue(node) !== undefined, writeValue });

const isFreshObject = (node: SyntaxNode | null): boolean =>
  node?.type === 'object_creation_expression' &&
  /^(JSONObject|HashMap|LinkedHashMap|TreeMap)\b/.test(node.childForFieldName('type')?.text ?? '') &&
  argumentsOf(node).length === 0;

/**
 * `JSONObject props = new JSONObject(); props.put("a", 1); mixpanel.track("X", props);`: the puts on
 * a fresh local object before the call, in the method that makes it. Never complete: a branch or a
 * helper may put more.
 */
function entriesBuiltBefore(use: SyntaxNode, facts: FileFacts): WrittenEntries | undefined {
  let body: SyntaxNode | null = use.parent;
  while (body && body.type !== 'method_declaration' && body.type !== 'constructor_declaration' && body.type !== 'lambda_expression') body = body.parent;
  if (!body) return undefined;
  const declaration = body
    .descendantsOfType('variable_declarator')
    .find((d) => d.childForFieldName('name')?.text === use.text && d.startIndex < use.startIndex && isFreshObject(d.childForFieldName('value')));
  if (!declaration) return undefined;
  const entries: WrittenEntry[] = [];
  for (const put of body.descendantsOfType('method_invocation')) {
    if (put.startIndex < declaration.endIndex || put.startIndex > use.startIndex) continue;
    const args = argumentsOf(put);
    if (put.childForFieldName('object')?.text !== use.text || put.childForFieldName('name')?.text !== 'put' || args.length !== 2) continue;
    const found = pairEntry(args[0]!, args[1]!, facts);
    if (found) entries.push(found);
  }
  return { span: spanOf(use), entries, complete: false };
}

/** `new JSONObject().put("a", 1).put(…)`, `Map.of("a", 1, "b", 2)`, and a local object put into before the call. */
function entriesOf(node: SyntaxNode, facts: FileFacts): WrittenEntries | undefined {
  if (node.type === 'identifier') return entriesBuiltBefore(node, facts);
  if (node.type !== 'method_invocation') return undefined;
  const name = node.childForFieldName('name')?.text;
  const object = node.childForFieldName('object');
  const args = argumentsOf(node);
  if ((object?.text === 'Map' || object?.text === 'ImmutableMap') && name === 'of') {
    const entries: WrittenEntry[] = [];
    let complete = args.length % 2 === 0;
    for (let i = 0; i + 1 < args.length; i += 2) {
      const found = pairEntry(args[i]!, args[i + 1]!, facts);
      if (found) entries.push(found);
      else complete = false;
    }
    return { span: spanOf(node), entries, complete };
  }
  if (name === 'put' && object && args.length === 2) {
    const fresh = object.type === 'object_creation_expression' && object.childForFieldName('type')?.text === 'JSONObject' && argumentsOf(object).length === 0;
    const inner = fresh ? undefined : entriesOf(object, facts);
    if (!fresh && !inner) return undefined;
    const found = pairEntry(args[0]!, args[1]!, facts);
    return { span: spanOf(node), entries: [...(inner?.entries ?? []), ...(found ? [found] : [])], complete: (inner?.complete ?? true) && found !== undefined };
  }
  return undefined;
}

function idParts(node: SyntaxNode, facts: FileFacts, depth = 0): IdPart[] {
  if (depth > MAX_DEPTH) return [];
  switch (node.type) {
    case 'string_literal':
      return node.namedChildren.filter((c) => c.type === 'string_fragment').map((c): IdPart => ({ kind: 'string', value: c.text }));
    case 'identifier': {
      const defined = facts.constants.get(node.text);
      return [{ kind: 'name', name: node.text }, ...(defined ? idParts(defined, facts, depth + 1) : [])];
    }
    case 'field_access': {
      const field = node.childForFieldName('field');
      return field ? [{ kind: 'name', name: field.text }] : [];
    }
    case 'method_invocation': {
      // `user.getEmail()`: a getter names what it returns; `email.toLowerCase()` is the email.
      const name = node.childForFieldName('name')?.text ?? '';
      const object = node.childForFieldName('object');
      if (/^(get|is)[A-Z]/.test(name)) return [{ kind: 'name', name: name.replace(/^(get|is)/, '') }];
      return object ? idParts(object, facts, depth + 1) : [];
    }
    case 'binary_expression':
      return node.namedChildren.flatMap((c) => idParts(c, facts, depth + 1));
    default:
      return [];
  }
}

/** analytics-java's messages (analytics-core/.../messages/): `TrackMessage.builder(event)` and the builder's steps. */
const SEGMENT_MESSAGES: Readonly<Record<string, SdkMethod>> = {
  TrackMessage: { kind: 'track', params: ['event'], event: 'event', properties: 'properties', distinctId: 'userId' },
  IdentifyMessage: { kind: 'identify', params: [], properties: 'traits', distinctId: 'userId', writesPeople: true },
  AliasMessage: { kind: 'alias', params: ['previousId'], distinctId: 'userId' },
};
const SEGMENT_JAVA: ClientSdk = {
  vendor: 'segment',
  label: 'Segment',
  side: 'server',
  imports: ['import com.segment.analytics'],
  factories: [],
  types: [],
  singletons: [],
  methods: {},
};

/**
 * `TrackMessage.builder("Order completed").userId(id).properties(props)`: the builder's argument
 * by position and each step's by its name, the whole chain as the call.
 */
function describeSegmentMessage(builder: SyntaxNode, shape: SdkMethod, syntax: ValueSyntax, file: FileContext): CallDescription {
  const named = new Map<string, SyntaxNode>();
  let chain = builder;
  for (let step = builder.parent; step?.type === 'method_invocation' && step.childForFieldName('object')?.startIndex === chain.startIndex; step = step.parent) {
    const [value] = argumentsOf(step);
    const name = step.childForFieldName('name')?.text;
    if (name && value && !named.has(name)) named.set(name, value);
    chain = step;
  }
  const kind = builder.childForFieldName('object')?.text ?? '';
  return describeSdkCall(chain, SEGMENT_JAVA, `${kind}.builder`, shape, { written: argumentsOf(builder), named }, syntax, file);
}

const factsOf = perTree((tree, file) => fileFacts(tree.rootNode, importedSdks(file.text, JAVA_SDKS), file.shared));

/** mixpanel-android from Java, in files that import it: `MixpanelAPI.getInstance(...)` and the fields and variables holding it. */
export const java: LanguageRecognizer = {
  name: 'Java',
  grammar: 'java',
  extensions: ['.java'],
  family: 'jvm',
  lineComment: '//',
  declarations(tree: SyntaxTree, file: FileContext): Declarations {
    if (!/\bfinal\b|\binterface\b/.test(file.text)) return { constants: new Map(), clients: new Map() };
    const facts = factsOf(tree, file);
    return { constants: declaredConstants(facts.constants, facts.visible, (node) => valueOf(node, facts)), clients: new Map() };
  },
  recognize(tree: SyntaxTree, file: FileContext): CallDescription[] {
    const sdk = file.text.includes('com.mixpanel.android.mpmetrics');
    const others = importedSdks(file.text, JAVA_SDKS);
    const segment = file.text.includes(SEGMENT_JAVA.imports[0]!);
    if (!sdk && !segment && others.length === 0 && file.trackers.length === 0) return [];
    const facts = factsOf(tree, file);
    const syntax: ValueSyntax = {
      value: (node) => valueOf(node, facts),
      entries: (node) => entriesOf(node, facts),
      idParts: (node) => idParts(node, facts),
      isStringLiteral: (node) => stringValue(node) !== undefined,
      writeValue,
    };
    const isInstance = (node: SyntaxNode | null): boolean => !!node && (facts.handles.has(plain(node)) || isFactory(node));
    const calls: CallDescription[] = [];
    for (const node of tree.rootNode.descendantsOfType('method_invocation')) {
      if (node.type !== 'method_invocation') continue;
      const method = node.childForFieldName('name')?.text ?? '';
      const object = node.childForFieldName('object');
      const tracker = trackerFor(object ? `${object.text}.${method}` : method, file.trackers);
      if (tracker) {
        calls.push(describeTrackerCall(node, tracker, { written: argumentsOf(node), named: new Map() }, syntax, file));
        continue;
      }
      if (!object) continue;
      const message = segment && method === 'builder' && Object.hasOwn(SEGMENT_MESSAGES, object.text) ? SEGMENT_MESSAGES[object.text] : undefined;
      if (message) {
        calls.push(describeSegmentMessage(node, message, syntax, file));
        continue;
      }
      const client = others.length > 0 ? (facts.clients.get(plain(object)) ?? sdkOfSingleton(plain(object), others) ?? createdSdk(object, others)) : undefined;
      const overloads = client && Object.hasOwn(client.methods, method) ? client.methods[method] : undefined;
      if (client && overloads) {
        const args = { written: argumentsOf(node), named: new Map<string, SyntaxNode>() };
        const shape = overloadFor(overloads, args);
        if (shape) calls.push(describeSdkCall(node, client, method, shape, args, syntax, file));
        continue;
      }
      if (!sdk) continue;
      let described: CallDescription | undefined;
      if (isInstanceMethod(method) && isInstance(object)) described = describeAndroidCall(node, method, false, argumentsOf(node), syntax, file);
      else if (
        isPeopleMethod(method) &&
        object.type === 'method_invocation' &&
        object.childForFieldName('name')?.text === 'getPeople' &&
        isInstance(object.childForFieldName('object'))
      )
        described = describeAndroidCall(node, method, true, argumentsOf(node), syntax, file);
      if (described) calls.push(described);
    }
    return calls;
  },
};
