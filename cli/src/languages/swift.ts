import type { CallDescription, CallKind, DescribedId, IdPart, KnownValue, WrittenEntries, WrittenEntry } from '@trackplan/schema';
import type { CallArguments, Declarations, FileContext, LanguageRecognizer, SharedDeclarations, ValueSyntax } from './language.js';
import { describeSdkCall, importedSdks, overloadFor, sdkOfFactory, sdkOfSingleton, sdkOfType, SWIFT_SDKS, type ClientSdk } from './client-sdks.js';
import { describeTrackerCall, trackerFor } from './tracker-calls.js';
import {
  declaredConstants,
  perTree,
  entry,
  literalText,
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

/** Which argument (by label, `_` for the unlabelled first one) carries what. */
interface MethodShape {
  readonly kind: CallKind;
  readonly event?: string;
  readonly properties?: string;
  readonly distinctId?: string;
  /** `set(property: "plan", to: "pro")`, `unregisterSuperProperty(_ name)`: a name, and its value's label. */
  readonly propertyName?: string;
  readonly propertyValue?: string;
  /** `unset(properties: ["a", "b"])`: a list of names. */
  readonly names?: string;
  readonly peopleMethod?: string;
}

/** mixpanel-swift's `MixpanelInstance` (Sources/MixpanelInstance.swift). */
const INSTANCE_METHODS: Readonly<Record<string, MethodShape>> = {
  track: { kind: 'track', event: 'event', properties: 'properties' },
  trackWithGroups: { kind: 'track', event: 'event', properties: 'properties' },
  time: { kind: 'time-event', event: 'event' },
  identify: { kind: 'identify', distinctId: 'distinctId' },
  createAlias: { kind: 'alias', distinctId: '_' },
  registerSuperProperties: { kind: 'register', properties: '_' },
  registerSuperPropertiesOnce: { kind: 'register', properties: '_' },
  unregisterSuperProperty: { kind: 'unregister', propertyName: '_' },
};

/** Its `People` (Sources/People.swift): `set(properties:)` and `set(property:to:)`, and the others. */
const PEOPLE_METHODS: Readonly<Record<string, readonly MethodShape[]>> = {
  set: [
    { kind: 'people', peopleMethod: 'set', properties: 'properties' },
    { kind: 'people', peopleMethod: 'set', propertyName: 'property', propertyValue: 'to' },
  ],
  setOnce: [{ kind: 'people', peopleMethod: 'set_once', properties: 'properties' }],
  unset: [{ kind: 'people', peopleMethod: 'unset', names: 'properties' }],
  increment: [
    { kind: 'people', peopleMethod: 'increment', properties: 'properties' },
    { kind: 'people', peopleMethod: 'increment', propertyName: 'property', propertyValue: 'by' },
  ],
  append: [{ kind: 'people', peopleMethod: 'append', properties: 'properties' }],
  remove: [{ kind: 'people', peopleMethod: 'remove', properties: 'properties' }],
  union: [{ kind: 'people', peopleMethod: 'union', properties: 'properties' }],
  trackCharge: [{ kind: 'people', peopleMethod: 'track_charge' }],
  clearCharges: [{ kind: 'people', peopleMethod: 'clear_charges' }],
  deleteUser: [{ kind: 'people', peopleMethod: 'delete_user' }],
};

/** Calls that give the instance: `Mixpanel.mainInstance()`, `Mixpanel.initialize(token:)`, `Mixpanel.getInstance(name:)`. */
const INSTANCE_CALLS = new Set(['Mixpanel.mainInstance', 'Mixpanel.initialize', 'Mixpanel.getInstance']);

interface FileFacts {
  readonly constants: Map<string, SyntaxNode | null>;
  /** Names holding an instance: `mixpanel`, as assigned or typed `MixpanelInstance`. */
  readonly handles: Set<string>;
  /** Names holding another SDK's client: `analytics = Analytics(configuration: ...)`, `let posthog: PostHogSDK`. */
  readonly clients: Map<string, ClientSdk>;
  /** Constants the module sees: top-level ones and those of a type (`Events.signUp`), not a function's. */
  readonly visible: Set<string>;
  /** Clients the module sees (`Tracking.analytics`, a top-level `analytics`), by vendor: what other files may call. */
  readonly visibleClients: Map<string, string>;
  readonly shared: SharedDeclarations | undefined;
}

/** `self.mixpanel?` → `mixpanel`: how a handle is written, without what does not change it. */
const handleText = (node: SyntaxNode): string =>
  node.text
    .replace(/\s+/g, '')
    .replace(/[?!]/g, '')
    .replace(/^self\./, '');

/** The callee of a call: `Mixpanel.mainInstance` for `Mixpanel.mainInstance()`. */
const calleeText = (call: SyntaxNode): string | undefined =>
  call.type === 'call_expression' ? call.namedChildren[0] && handleText(call.namedChildren[0]) : undefined;

const isInstanceCall = (node: SyntaxNode): boolean => INSTANCE_CALLS.has(calleeText(node) ?? '');

function fileFacts(root: SyntaxNode, sdks: readonly ClientSdk[], shared: SharedDeclarations | undefined): FileFacts {
  const constants = new Map<string, SyntaxNode | null>();
  const handles = new Set<string>();
  const clients = new Map<string, ClientSdk>();
  const visible = new Set<string>();
  const visibleClients = new Map<string, string>();
  const define = (name: string, value: SyntaxNode, seen = false): void => {
    constants.set(name, constants.has(name) ? null : value);
    if (seen) visible.add(name);
  };
  for (const node of root.descendantsOfType(['property_declaration', 'enum_entry'])) {
    if (node.type === 'property_declaration') {
      const name = node.childForFieldName('name')?.childForFieldName('bound_identifier')?.text;
      const value = node.childForFieldName('value');
      const type = node.namedChildren.find((c) => c.type === 'type_annotation')?.text.replace(/[:\s?!]/g, '');
      if (!name) continue;
      const owner = node.parent?.parent?.type === 'class_declaration' ? node.parent.parent.childForFieldName('name')?.text : undefined;
      const mixpanel = (value && isInstanceCall(value)) || type === 'MixpanelInstance';
      if (mixpanel) handles.add(name);
      const client = (value && sdkOfFactory(calleeText(value) ?? '', sdks)) ?? sdkOfType(type ?? '', sdks);
      if (client) for (const held of owner ? [name, `${owner}.${name}`] : [name]) clients.set(held, client);
      // `enum Tracking { static let analytics = Analytics(...) }` or a global: other files call it too.
      const isStatic = /\b(static|class)\b/.test(node.namedChildren.find((c) => c.type === 'modifiers')?.text ?? '');
      const seenAs = owner && isStatic ? `${owner}.${name}` : node.parent?.type === 'source_file' ? name : undefined;
      const vendor = mixpanel ? 'mixpanel' : client?.vendor;
      if (seenAs && vendor) visibleClients.set(seenAs, vendor);
      if (value) {
        // `let ORDER = "…"` at file level, `static let signUp = "…"` in an enum or struct.
        define(owner ? `${owner}.${name}` : name, value, owner !== undefined || node.parent?.type === 'source_file');
      }
    }
    if (node.type === 'enum_entry') {
      const name = node.childForFieldName('name')?.text;
      const raw = node.childForFieldName('raw_value');
      const owner = node.parent?.parent?.childForFieldName('name')?.text;
      if (name && raw && owner) define(`${owner}.${name}.rawValue`, raw, true);
    }
  }
  return { constants, handles, clients, visible, visibleClients, shared };
}

/** Swift string literals, single- and multi-line: text and escaped characters. */
const STRINGS = {
  text: new Set(['line_str_text', 'multi_line_str_text']),
  escape: new Set(['str_escaped_char']),
  escapes: { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' },
};
/** A string literal's value; undefined when it interpolates. */
const stringValue = (node: SyntaxNode): string | undefined =>
  node.type === 'line_string_literal' || node.type === 'multi_line_string_literal' ? literalText(node, STRINGS) : undefined;

function valueOf(node: SyntaxNode, facts: FileFacts, depth = 0): KnownValue {
  if (depth > MAX_DEPTH) return UNKNOWN;
  switch (node.type) {
    case 'line_string_literal':
    case 'multi_line_string_literal': {
      const text = stringValue(node);
      return text === undefined ? { kind: 'type', type: 'string' } : known(text);
    }
    case 'integer_literal':
    case 'real_literal':
      return numberLiteral(node.text);
    case 'boolean_literal':
      return known(node.text === 'true');
    case 'prefix_expression': {
      const target = node.childForFieldName('target');
      const value = target ? valueOf(target, facts, depth + 1) : UNKNOWN;
      return value.kind === 'value' && typeof value.value === 'number' && node.text.startsWith('-') ? known(-value.value) : value;
    }
    case 'simple_identifier':
    case 'navigation_expression':
      return namedValue(handleText(node), facts.constants, facts.shared, (defined) => valueOf(defined, facts, depth + 1));
    case 'dictionary_literal':
      return { kind: 'type', type: 'object' };
    case 'array_literal':
      return { kind: 'type', type: 'array' };
    default:
      return node.text === 'nil' ? { kind: 'absent' } : UNKNOWN;
  }
}

function possibleNames(node: SyntaxNode, facts: FileFacts): string[] | undefined {
  const value = valueOf(node, facts);
  return value.kind === 'value' && typeof value.value === 'string' ? [value.value] : undefined;
}

const LITERALS = new Set(['line_string_literal', 'integer_literal', 'real_literal', 'boolean_literal']);
export const swiftLiteral = (value: unknown): string => (value === null ? 'nil' : JSON.stringify(value));

/** `["plan": "pro", "seats": 3]`: keys and values in order (a `nil` value is a key Swift leaves out). */
function dictionaryEntries(node: SyntaxNode, facts: FileFacts): WrittenEntries | undefined {
  if (node.type !== 'dictionary_literal') return undefined;
  const entries: WrittenEntry[] = [];
  let complete = true;
  let key: SyntaxNode | undefined;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    const field = node.fieldNameForChild(i);
    if (!child || !field) continue;
    if (field === 'key') {
      key = child;
      continue;
    }
    if (field !== 'value' || !key) continue;
    const name = valueOf(key, facts);
    if (name.kind !== 'value' || typeof name.value !== 'string') complete = false;
    else {
      const keyText = key.text;
      const rename = stringValue(key) !== undefined ? (n: string) => rewriteString(keyText, n) : undefined;
      entries.push(entry(name.value, key, child, valueOf(child, facts), rename, LITERALS.has(child.type) ? swiftLiteral : undefined));
    }
    key = undefined;
  }
  return { span: spanOf(node), entries, complete };
}

function idParts(node: SyntaxNode, facts: FileFacts, depth = 0): IdPart[] {
  if (depth > MAX_DEPTH) return [];
  switch (node.type) {
    case 'line_string_literal':
      return node.namedChildren.flatMap((c): IdPart[] =>
        c.type === 'line_str_text'
          ? [{ kind: 'string', value: c.text }]
          : c.type === 'interpolated_expression' && c.namedChildren[0]
            ? idParts(c.namedChildren[0], facts, depth + 1)
            : [],
      );
    case 'simple_identifier': {
      const defined = facts.constants.get(node.text);
      return [{ kind: 'name', name: node.text }, ...(defined ? idParts(defined, facts, depth + 1) : [])];
    }
    case 'navigation_expression': {
      const suffix = node.childForFieldName('suffix')?.childForFieldName('suffix')?.text;
      return suffix && !/^(lowercased|uppercased|description)$/.test(suffix)
        ? [{ kind: 'name', name: suffix }]
        : node.childForFieldName('target')
          ? idParts(node.childForFieldName('target')!, facts, depth + 1)
          : [];
    }
    case 'call_expression':
      return node.namedChildren[0] ? idParts(node.namedChildren[0], facts, depth + 1) : [];
    default:
      return [];
  }
}

const describeId = (node: SyntaxNode, facts: FileFacts): DescribedId => ({ span: spanOf(node), text: node.text, parts: idParts(node, facts) });

/** The values of a call's arguments in the order written, and by label (a trailing closure aside). */
function callArguments(call: SyntaxNode): CallArguments {
  const list = call.namedChildren.find((c) => c.type === 'call_suffix')?.namedChildren.find((c) => c.type === 'value_arguments');
  const written = (list?.namedChildren ?? []).filter((a) => a.type === 'value_argument');
  const named = new Map<string, SyntaxNode>();
  for (const argument of written) {
    const label = argument.childForFieldName('name')?.text;
    const value = argument.childForFieldName('value');
    if (label && value && !named.has(label)) named.set(label, value);
  }
  return { written: written.flatMap((a) => a.childForFieldName('value') ?? []), named };
}

/** The call's arguments by label (`_` for an unlabelled first one), and the trailing closure aside. */
function labelledArguments(call: SyntaxNode): Map<string, SyntaxNode> {
  const args = new Map<string, SyntaxNode>();
  const list = call.namedChildren.find((c) => c.type === 'call_suffix')?.namedChildren.find((c) => c.type === 'value_arguments');
  for (const argument of list?.namedChildren ?? []) {
    if (argument.type !== 'value_argument') continue;
    const value = argument.childForFieldName('value');
    const label = argument.childForFieldName('name')?.text ?? '_';
    if (value && !args.has(label)) args.set(label, value);
  }
  return args;
}

function describeCall(
  call: SyntaxNode,
  method: string,
  shape: MethodShape,
  args: Map<string, SyntaxNode>,
  facts: FileFacts,
  file: FileContext,
): CallDescription {
  const at = (label: string | undefined): SyntaxNode | undefined => (label === undefined ? undefined : args.get(label));
  const event = at(shape.event);
  const properties = at(shape.properties);
  const distinctId = at(shape.distinctId);
  const name = at(shape.propertyName);
  const names = at(shape.names);
  let written: WrittenEntries | undefined = properties && dictionaryEntries(properties, facts);
  if (name) {
    const key = valueOf(name, facts);
    const value = at(shape.propertyValue);
    written = {
      span: spanOf(name),
      entries:
        key.kind === 'value' && typeof key.value === 'string'
          ? [
              entry(
                key.value,
                name,
                value ?? name,
                value ? valueOf(value, facts) : UNKNOWN,
                undefined,
                value && LITERALS.has(value.type) ? swiftLiteral : undefined,
              ),
            ]
          : [],
      complete: false,
    };
  }
  if (names?.type === 'array_literal') {
    written = {
      span: spanOf(names),
      entries: names.namedChildren.flatMap((item) => {
        const key = valueOf(item, facts);
        return key.kind === 'value' && typeof key.value === 'string' ? [entry(key.value, item, item, UNKNOWN, undefined, undefined)] : [];
      }),
      complete: false,
    };
  }
  return {
    span: spanOf(call),
    vendor: 'mixpanel',
    vendorLabel: 'Mixpanel',
    method: shape.kind === 'people' ? `people.${method}` : method,
    kind: shape.kind,
    peopleMethod: shape.peopleMethod,
    side: file.productSide ?? 'client',
    products: file.products,
    event: event && { span: spanOf(event), names: possibleNames(event, facts), rewrite: stringValue(event) !== undefined ? stringRewrite(event) : undefined },
    passesProperties: properties !== undefined,
    written,
    personUpdates: [],
    distinctId: distinctId && describeId(distinctId, facts),
  };
}

/** The client SDK this receiver is: a name holding one, `PostHogSDK.shared`, or `Analytics(configuration: ...)` in place. */
const clientOf = (target: SyntaxNode, facts: FileFacts, sdks: readonly ClientSdk[]): ClientSdk | undefined => {
  const held =
    sdks.length === 0
      ? undefined
      : (facts.clients.get(handleText(target)) ?? sdkOfSingleton(handleText(target), sdks) ?? sdkOfFactory(calleeText(target) ?? '', sdks));
  if (held) return held;
  // A client another file holds, whichever SDK it is (the call needs no import of it here).
  const vendor = facts.shared?.client(handleText(target));
  return vendor === undefined ? undefined : SWIFT_SDKS.find((sdk) => sdk.vendor === vendor);
};

/** `import Mixpanel`, `import Segment`: a file's imports, spaced as written here. */
const importsOf = (root: SyntaxNode): string[] => root.namedChildren.filter((c) => c.type === 'import_declaration').map((c) => c.text.replace(/\s+/g, ' '));
const factsOf = perTree((tree, file) => fileFacts(tree.rootNode, importedSdks(importsOf(tree.rootNode).join('\n'), SWIFT_SDKS), file.shared));

/** mixpanel-swift calls, in files that `import Mixpanel`: on `Mixpanel.mainInstance()` and the instances a file holds. */
export const swift: LanguageRecognizer = {
  name: 'Swift',
  grammar: 'swift',
  extensions: ['.swift'],
  lineComment: '//',
  declarations(tree: SyntaxTree, file: FileContext): Declarations {
    // Only files that declare a type or a top-level `let` can declare constants for others.
    if (!/\b(enum|struct|let|var)\b/.test(file.text)) return { constants: new Map(), clients: new Map() };
    const facts = factsOf(tree, file);
    return { constants: declaredConstants(facts.constants, facts.visible, (node) => valueOf(node, facts)), clients: facts.visibleClients };
  },
  makesClients: (text) =>
    /\b(Analytics|Amplitude)\(configuration:|PostHogSDK\.with|Mixpanel\.(initialize|mainInstance|getInstance)|:\s*(MixpanelInstance|PostHogSDK)\b/.test(text),
  recognize(tree: SyntaxTree, file: FileContext): CallDescription[] {
    const root = tree.rootNode;
    const imports = importsOf(root);
    const sdk = imports.includes('import Mixpanel');
    const others = importedSdks(imports.join('\n'), SWIFT_SDKS);
    const namesShared = file.shared?.namesClientIn(file.text) ?? false;
    if (!sdk && others.length === 0 && !namesShared && file.trackers.length === 0) return [];
    const facts = factsOf(tree, file);
    const syntax: ValueSyntax = {
      value: (node) => valueOf(node, facts),
      entries: (node) => dictionaryEntries(node, facts),
      idParts: (node) => idParts(node, facts),
      isStringLiteral: (node) => stringValue(node) !== undefined,
      writeValue: (node) => (LITERALS.has(node.type) ? swiftLiteral : undefined),
    };
    const isInstance = (node: SyntaxNode | null | undefined): boolean =>
      !!node && (facts.handles.has(handleText(node)) || isInstanceCall(node) || facts.shared?.client(handleText(node)) === 'mixpanel');
    const calls: CallDescription[] = [];
    for (const node of root.descendantsOfType('call_expression')) {
      if (node.type !== 'call_expression') continue;
      const callee = node.namedChildren[0];
      const tracker = callee && trackerFor(callee.text, file.trackers);
      if (tracker) {
        calls.push(describeTrackerCall(node, tracker, callArguments(node), syntax, file));
        continue;
      }
      if (callee?.type !== 'navigation_expression') continue;
      const method = callee.childForFieldName('suffix')?.childForFieldName('suffix')?.text ?? '';
      const target = callee.childForFieldName('target');
      const client = target && clientOf(target, facts, others);
      const overloads = client && Object.hasOwn(client.methods, method) ? client.methods[method] : undefined;
      if (client && overloads) {
        const args = callArguments(node);
        const shape = overloadFor(overloads, args);
        if (shape) calls.push(describeSdkCall(node, client, method, shape, args, syntax, file));
        continue;
      }
      if (!sdk && !namesShared) continue;
      const args = labelledArguments(node);
      const instanceShape = Object.hasOwn(INSTANCE_METHODS, method) ? INSTANCE_METHODS[method] : undefined;
      if (instanceShape && isInstance(target)) {
        calls.push(describeCall(node, method, instanceShape, args, facts, file));
        continue;
      }
      const peopleShapes = Object.hasOwn(PEOPLE_METHODS, method) ? PEOPLE_METHODS[method] : undefined;
      const peopleOf = target?.type === 'navigation_expression' && target.childForFieldName('suffix')?.childForFieldName('suffix')?.text === 'people';
      if (peopleShapes && peopleOf && isInstance(target.childForFieldName('target'))) {
        // The overload is told by its labels: `set(properties:)` or `set(property:to:)`.
        const shape =
          peopleShapes.find((s) => [s.properties, s.propertyName, s.names].some((label) => label !== undefined && args.has(label))) ?? peopleShapes[0]!;
        calls.push(describeCall(node, method, shape, args, facts, file));
      }
    }
    return calls;
  },
};
