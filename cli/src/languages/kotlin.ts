import type { CallDescription, IdPart, KnownValue, WrittenEntries, WrittenEntry } from '@trackplan/schema';
import type { Declarations, FileContext, LanguageRecognizer, SharedDeclarations, ValueSyntax } from './language.js';
import { describeAndroidCall, isInstanceMethod, isPeopleMethod } from './mixpanel-android.js';
import { describeSdkCall, importedSdks, KOTLIN_SDKS, overloadFor, sdkOfFactory, sdkOfSingleton, sdkOfType, type ClientSdk } from './client-sdks.js';
import { describeTrackerCall, trackerFor } from './tracker-calls.js';
import { declaredConstants, perTree, keyedEntry, literalText, known, MAX_DEPTH, namedValue, spanOf, UNKNOWN, numberLiteral } from './syntax.js';
import type { SyntaxNode, SyntaxTree } from './tree-sitter.js';

const FACTORY = 'MixpanelAPI.getInstance';
const MAP_BUILDERS = new Set(['mapOf', 'hashMapOf', 'mutableMapOf', 'linkedMapOf']);

/** `a.b.c` without spaces, `?.`, `!!` or `this.`: how a name or a handle is compared. */
const plain = (node: SyntaxNode): string =>
  node.text
    .replace(/\s+/g, '')
    .replace(/\?\./g, '.')
    .replace(/!!/g, '')
    .replace(/^this\./, '');

/** The callee and the arguments of a Kotlin call: `callee(args)`; the value of each `name = value` argument, also by its name. */
function callParts(call: SyntaxNode): { callee: SyntaxNode | undefined; args: SyntaxNode[]; named: Map<string, SyntaxNode>; lambda: SyntaxNode | undefined } {
  const [callee, suffix] = call.namedChildren;
  const list = suffix?.namedChildren.find((c) => c.type === 'value_arguments');
  const written = (list?.namedChildren ?? []).filter((a) => a.type === 'value_argument');
  const named = new Map<string, SyntaxNode>();
  for (const argument of written) {
    const [name, value] = argument.namedChildren;
    if (name?.type === 'simple_identifier' && value && argument.children.some((c) => c.type === '=') && !named.has(name.text)) named.set(name.text, value);
  }
  return { callee, args: written.map((a) => a.namedChildren.at(-1)!), named, lambda: suffix?.namedChildren.find((c) => c.type === 'annotated_lambda') };
}

/** `target.name` of a navigation expression. */
function navigation(node: SyntaxNode | undefined): { target: SyntaxNode; name: string } | undefined {
  if (node?.type !== 'navigation_expression') return undefined;
  const [target, suffix] = node.namedChildren;
  const name = suffix?.namedChildren.find((c) => c.type === 'simple_identifier')?.text;
  return target && name ? { target, name } : undefined;
}

interface FileFacts {
  readonly constants: Map<string, SyntaxNode | null>;
  readonly handles: Set<string>;
  /** Properties holding another SDK's client (`val amplitude = Amplitude(Configuration(...))`). */
  readonly clients: Map<string, ClientSdk>;
  /** Constants other files see: top-level ones and an object's or a companion's (`Events.SIGN_UP`). */
  readonly visible: Set<string>;
  /** Clients other files see (`Tracking.mixpanel`, a top-level `analytics`), by vendor. */
  readonly visibleClients: Map<string, string>;
  readonly shared: SharedDeclarations | undefined;
}

/** The client SDK `Amplitude(...)` makes. */
const createdSdk = (node: SyntaxNode | undefined, sdks: readonly ClientSdk[]): ClientSdk | undefined => {
  const callee = node?.type === 'call_expression' ? callParts(node).callee : undefined;
  return callee ? sdkOfFactory(plain(callee), sdks) : undefined;
};

function fileFacts(root: SyntaxNode, sdks: readonly ClientSdk[], shared: SharedDeclarations | undefined): FileFacts {
  const constants = new Map<string, SyntaxNode | null>();
  const handles = new Set<string>();
  const clients = new Map<string, ClientSdk>();
  const visible = new Set<string>();
  const visibleClients = new Map<string, string>();
  const define = (name: string, value: SyntaxNode, seen: boolean): void => {
    constants.set(name, constants.has(name) ? null : value);
    if (seen) visible.add(name);
  };
  for (const node of root.descendantsOfType(['property_declaration', 'assignment'])) {
    if (node.type === 'property_declaration') {
      const name = node.namedChildren.find((c) => c.type === 'variable_declaration')?.namedChildren[0]?.text;
      const value = node.namedChildren.at(-1);
      if (!name) continue;
      const mixpanel = node.text.includes(FACTORY) || /:\s*MixpanelAPI\b/.test(node.text);
      if (mixpanel) handles.add(name);
      const type = node.namedChildren.find((c) => c.type === 'variable_declaration')?.namedChildren[1]?.text.replace(/[?\s]/g, '');
      const client = createdSdk(value, sdks) ?? sdkOfType(type ?? '', sdks);
      if (client) clients.set(name, client);
      // `object Events { const val SIGN_UP = "…" }`, a companion object's, or a top-level `const val`.
      const holder = node.parent?.parent;
      const owner =
        holder?.type === 'object_declaration'
          ? holder.namedChildren.find((c) => c.type === 'type_identifier')?.text
          : holder?.type === 'companion_object'
            ? holder.parent?.parent?.namedChildren.find((c) => c.type === 'type_identifier')?.text
            : undefined;
      // `object Tracking { val mixpanel = MixpanelAPI.getInstance(...) }`: other files call it too.
      const seenAs = owner ? `${owner}.${name}` : node.parent?.type === 'source_file' ? name : undefined;
      const vendor = mixpanel ? 'mixpanel' : client?.vendor;
      if (seenAs && vendor) visibleClients.set(seenAs, vendor);
      if (value && value.type !== 'variable_declaration') {
        define(owner ? `${owner}.${name}` : name, value, owner !== undefined || node.parent?.type === 'source_file');
      }
    }
    if (node.type === 'assignment' && node.text.includes(FACTORY)) {
      const left = node.namedChildren[0];
      if (left) handles.add(plain(left));
    }
    const assigned = node.type === 'assignment' ? createdSdk(node.namedChildren.at(-1), sdks) : undefined;
    if (assigned && node.namedChildren[0]) clients.set(plain(node.namedChildren[0]), assigned);
  }
  return { constants, handles, clients, visible, visibleClients, shared };
}

/** Kotlin string literals: content and escapes (a `$` template is an interpolation). */
const STRINGS = {
  text: new Set(['string_content']),
  escape: new Set(['character_escape_seq']),
  escapes: { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', $: '$', b: '\b' },
};
const stringValue = (node: SyntaxNode): string | undefined => (node.type === 'string_literal' ? literalText(node, STRINGS) : undefined);

function valueOf(node: SyntaxNode, facts: FileFacts, depth = 0): KnownValue {
  if (depth > MAX_DEPTH) return UNKNOWN;
  switch (node.type) {
    case 'string_literal': {
      const text = stringValue(node);
      return text === undefined ? { kind: 'type', type: 'string' } : known(text);
    }
    case 'integer_literal':
    case 'long_literal':
    case 'real_literal':
      return numberLiteral(node.text);
    case 'boolean_literal':
      return known(node.text === 'true');
    case 'prefix_expression': {
      const operand = node.namedChildren.at(-1);
      const value = operand ? valueOf(operand, facts, depth + 1) : UNKNOWN;
      return value.kind === 'value' && typeof value.value === 'number' && node.text.startsWith('-') ? known(-value.value) : value;
    }
    case 'parenthesized_expression':
      return node.namedChildren[0] ? valueOf(node.namedChildren[0], facts, depth + 1) : UNKNOWN;
    case 'simple_identifier':
    case 'navigation_expression':
      return namedValue(plain(node), facts.constants, facts.shared, (defined) => valueOf(defined, facts, depth + 1));
    case 'collection_literal':
      return { kind: 'type', type: 'array' };
    case 'call_expression': {
      const { callee } = callParts(node);
      const name = callee && (navigation(callee)?.name ?? callee.text);
      if (name === 'JSONObject' || (name && MAP_BUILDERS.has(name))) return { kind: 'type', type: 'object' };
      if (name === 'listOf' || name === 'JSONArray' || name === 'arrayOf') return { kind: 'type', type: 'array' };
      if (name === 'toString') return { kind: 'type', type: 'string' };
      return UNKNOWN;
    }
    default:
      return node.text === 'null' ? known(null) : UNKNOWN;
  }
}

const LITERALS = new Set(['string_literal', 'integer_literal', 'real_literal', 'long_literal', 'boolean_literal']);
const writeValue = (node: SyntaxNode): ((value: unknown) => string | undefined) | undefined =>
  LITERALS.has(node.type) ? (value) => (value === null ? 'null' : JSON.stringify(value)) : undefined;

const pairEntry = (key: SyntaxNode, value: SyntaxNode, facts: FileFacts): WrittenEntry | undefined =>
  keyedEntry(key, value, { value: (node) => valueOf(node, facts), isStringLiteral: (node) => stringValue(node) !== undefined, writeValue });

/** `JSONObject().put("a", 1).put(…)`, `JSONObject().apply { put("a", 1) }`, `mapOf("a" to 1)`. */
function entriesOf(node: SyntaxNode, facts: FileFacts): WrittenEntries | undefined {
  if (node.type !== 'call_expression') return undefined;
  const { callee, args, lambda } = callParts(node);
  const name = callee?.type === 'simple_identifier' ? callee.text : undefined;
  if (name && MAP_BUILDERS.has(name)) {
    const entries: WrittenEntry[] = [];
    let complete = true;
    for (const arg of args) {
      const [key, infix, value] = arg.type === 'infix_expression' ? arg.namedChildren : [];
      const found = key && value && infix?.text === 'to' ? pairEntry(key, value, facts) : undefined;
      if (found) entries.push(found);
      else complete = false;
    }
    return { span: spanOf(node), entries, complete };
  }
  const step = navigation(callee);
  if (step?.name === 'put' && args.length === 2) {
    const inner = step.target.type === 'call_expression' && step.target.text.replace(/\s+/g, '') === 'JSONObject()' ? undefined : entriesOf(step.target, facts);
    if (!inner && step.target.text.replace(/\s+/g, '') !== 'JSONObject()') return undefined;
    const found = pairEntry(args[0]!, args[1]!, facts);
    return { span: spanOf(node), entries: [...(inner?.entries ?? []), ...(found ? [found] : [])], complete: (inner?.complete ?? true) && found !== undefined };
  }
  // `JSONObject().apply { put("a", 1) }`, and analytics-kotlin's `buildJsonObject { put("a", 1) }`.
  if (lambda && ((step?.name === 'apply' && step.target.text.replace(/\s+/g, '') === 'JSONObject()') || name === 'buildJsonObject')) {
    const entries: WrittenEntry[] = [];
    let complete = true;
    for (const statement of lambda.descendantsOfType('call_expression')) {
      if (statement.type !== 'call_expression') continue;
      const inner = callParts(statement);
      if (inner.callee?.text === 'put' && inner.args.length === 2) {
        const found = pairEntry(inner.args[0]!, inner.args[1]!, facts);
        if (found) entries.push(found);
        else complete = false;
      }
    }
    return { span: spanOf(node), entries, complete };
  }
  return undefined;
}

function idParts(node: SyntaxNode, facts: FileFacts, depth = 0): IdPart[] {
  if (depth > MAX_DEPTH) return [];
  switch (node.type) {
    case 'string_literal':
      return node.namedChildren.flatMap((c): IdPart[] =>
        c.type === 'string_content'
          ? [{ kind: 'string', value: c.text }]
          : c.type.startsWith('interpolat')
            ? c.namedChildren.flatMap((e) => idParts(e, facts, depth + 1))
            : [],
      );
    case 'simple_identifier': {
      const defined = facts.constants.get(node.text);
      return [{ kind: 'name', name: node.text }, ...(defined ? idParts(defined, facts, depth + 1) : [])];
    }
    case 'navigation_expression': {
      const step = navigation(node);
      return step && !/^(lowercase|uppercase|trim|toString)$/.test(step.name)
        ? [{ kind: 'name', name: step.name }]
        : step
          ? idParts(step.target, facts, depth + 1)
          : [];
    }
    case 'call_expression': {
      const { callee } = callParts(node);
      return callee ? idParts(callee, facts, depth + 1) : [];
    }
    default:
      return [];
  }
}

const factsOf = perTree((tree, file) => fileFacts(tree.rootNode, importedSdks(file.text, KOTLIN_SDKS), file.shared));

/** mixpanel-android from Kotlin, in files that import it: `MixpanelAPI.getInstance(...)` and the properties holding it. */
export const kotlin: LanguageRecognizer = {
  name: 'Kotlin',
  grammar: 'kotlin',
  extensions: ['.kt', '.kts'],
  family: 'jvm',
  lineComment: '//',
  declarations(tree: SyntaxTree, file: FileContext): Declarations {
    if (!/\b(val|var)\b/.test(file.text)) return { constants: new Map(), clients: new Map() };
    const facts = factsOf(tree, file);
    return { constants: declaredConstants(facts.constants, facts.visible, (node) => valueOf(node, facts)), clients: facts.visibleClients };
  },
  makesClients: (text) => text.includes(FACTORY) || /\b(Analytics|Amplitude)\(|:\s*MixpanelAPI\b/.test(text),
  recognize(tree: SyntaxTree, file: FileContext): CallDescription[] {
    const sdk = file.text.includes('com.mixpanel.android.mpmetrics');
    const others = importedSdks(file.text, KOTLIN_SDKS);
    const namesShared = file.shared?.namesClientIn(file.text) ?? false;
    if (!sdk && others.length === 0 && !namesShared && file.trackers.length === 0) return [];
    const facts = factsOf(tree, file);
    const syntax: ValueSyntax = {
      value: (node) => valueOf(node, facts),
      entries: (node) => entriesOf(node, facts),
      idParts: (node) => idParts(node, facts),
      isStringLiteral: (node) => stringValue(node) !== undefined,
      writeValue,
    };
    const isInstance = (node: SyntaxNode): boolean =>
      facts.handles.has(plain(node)) ||
      (node.type === 'call_expression' && plain(callParts(node).callee ?? node) === FACTORY) ||
      file.shared?.client(plain(node)) === 'mixpanel';
    // A client another file holds, whichever SDK it is.
    const sharedClient = (node: SyntaxNode): ClientSdk | undefined => {
      const vendor = namesShared ? file.shared?.client(plain(node)) : undefined;
      return vendor === undefined ? undefined : KOTLIN_SDKS.find((s) => s.vendor === vendor);
    };
    const calls: CallDescription[] = [];
    for (const node of tree.rootNode.descendantsOfType('call_expression')) {
      if (node.type !== 'call_expression') continue;
      const { callee, args, named } = callParts(node);
      const tracker = callee && trackerFor(callee.text, file.trackers);
      if (tracker) {
        calls.push(describeTrackerCall(node, tracker, { written: args, named }, syntax, file));
        continue;
      }
      const step = navigation(callee);
      if (!step) continue;
      const client =
        (others.length > 0
          ? (facts.clients.get(plain(step.target)) ?? sdkOfSingleton(plain(step.target), others) ?? createdSdk(step.target, others))
          : undefined) ?? sharedClient(step.target);
      const overloads = client && Object.hasOwn(client.methods, step.name) ? client.methods[step.name] : undefined;
      if (client && overloads) {
        const given = { written: args, named };
        const shape = overloadFor(overloads, given);
        if (shape) calls.push(describeSdkCall(node, client, step.name, shape, given, syntax, file));
        continue;
      }
      if (!sdk && !namesShared) continue;
      let described: CallDescription | undefined;
      if (isInstanceMethod(step.name) && isInstance(step.target)) described = describeAndroidCall(node, step.name, false, args, syntax, file);
      else if (isPeopleMethod(step.name)) {
        // `mixpanel.people` (Kotlin's property for getPeople()) or `mixpanel.getPeople()`.
        const people = navigation(step.target) ?? navigation(step.target.type === 'call_expression' ? callParts(step.target).callee : undefined);
        if (people && (people.name === 'people' || people.name === 'getPeople') && isInstance(people.target))
          described = describeAndroidCall(node, step.name, true, args, syntax, file);
      }
      if (described) calls.push(described);
    }
    return calls;
  },
};
