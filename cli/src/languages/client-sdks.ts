import type { CallDescription, CallKind, Side, Vendor, WrittenEntries } from '@trackplan/schema';
import type { CallArguments, FileContext, ValueSyntax } from './language.js';
import { describedEvent, describedId, namedEntry, spanOf } from './syntax.js';
import type { SyntaxNode } from './tree-sitter.js';

/**
 * One method of a Segment, PostHog or Amplitude SDK as its source declares it: the parameters in
 * order by name (Swift's argument labels, `_` for an unlabelled one; Kotlin's parameter names, which
 * named arguments use), and which of them the rules read. Java passes them by position.
 */
export interface SdkMethod {
  readonly kind: CallKind;
  readonly params: readonly string[];
  readonly event?: string;
  readonly properties?: string;
  readonly distinctId?: string;
  /** Identify calls whose properties are the person's: Segment's traits, PostHog's userProperties. */
  readonly writesPeople?: boolean;
  readonly peopleMethod?: string;
  /** Person properties sent with an event: PostHog's `capture(..., userProperties:, userPropertiesSetOnce:)`. */
  readonly personUpdates?: readonly string[];
  /** `register("plan", "pro")`: a property's name and, in the next parameter, its value. */
  readonly propertyName?: string;
  readonly propertyValue?: string;
}

/** A client SDK in one language: how a file shows it uses it, what gives a client, and its methods. */
export interface ClientSdk {
  readonly vendor: Vendor;
  readonly label: string;
  readonly side: Side;
  /** The start of an import that names the SDK (`import Segment`, `import com.posthog`). */
  readonly imports: readonly string[];
  /** Callees whose result is a client: `Analytics`, `Amplitude`. */
  readonly factories: readonly string[];
  /** Type names of a client, for properties declared with a type. */
  readonly types: readonly string[];
  /** Receivers that are the client itself: `PostHogSDK.shared`, Android's `PostHog` object. */
  readonly singletons: readonly string[];
  /** Overloads are told apart by the names a call gives (`identify(userProperties:)`). */
  readonly methods: Readonly<Record<string, readonly SdkMethod[]>>;
}

const method = (shape: SdkMethod): readonly SdkMethod[] => [shape];

/** analytics-swift (Sources/Segment/Events.swift): `Analytics(configuration:)`. */
const SEGMENT_SWIFT: ClientSdk = {
  vendor: 'segment',
  label: 'Segment',
  side: 'client',
  imports: ['import Segment'],
  factories: ['Analytics'],
  types: ['Analytics'],
  singletons: [],
  methods: {
    track: method({ kind: 'track', params: ['name', 'properties'], event: 'name', properties: 'properties' }),
    identify: method({ kind: 'identify', params: ['userId', 'traits'], distinctId: 'userId', properties: 'traits', writesPeople: true }),
    alias: method({ kind: 'alias', params: ['newId'], distinctId: 'newId' }),
  },
};

/** posthog-ios (PostHog/PostHogSDK.swift): `PostHogSDK.shared`, or `PostHogSDK.with(config)`. */
const POSTHOG_SWIFT: ClientSdk = {
  vendor: 'posthog',
  label: 'PostHog',
  side: 'client',
  imports: ['import PostHog'],
  factories: ['PostHogSDK.with'],
  types: ['PostHogSDK'],
  singletons: ['PostHogSDK.shared'],
  methods: {
    capture: method({
      kind: 'track',
      params: ['_', 'distinctId', 'properties', 'userProperties', 'userPropertiesSetOnce', 'groups'],
      event: '_',
      distinctId: 'distinctId',
      properties: 'properties',
      personUpdates: ['userProperties', 'userPropertiesSetOnce'],
    }),
    identify: method({
      kind: 'identify',
      params: ['_', 'userProperties', 'userPropertiesSetOnce'],
      distinctId: '_',
      properties: 'userProperties',
      writesPeople: true,
    }),
    alias: method({ kind: 'alias', params: ['_'], distinctId: '_' }),
    register: method({ kind: 'register', params: ['_'], properties: '_' }),
    unregister: method({ kind: 'unregister', params: ['_'], propertyName: '_' }),
    setPersonProperties: method({
      kind: 'people',
      params: ['userPropertiesToSet', 'userPropertiesToSetOnce'],
      properties: 'userPropertiesToSet',
      peopleMethod: 'set',
    }),
  },
};

/** Amplitude-Swift (Sources/Amplitude/Amplitude.swift): `Amplitude(configuration:)`. */
const AMPLITUDE_SWIFT: ClientSdk = {
  vendor: 'amplitude',
  label: 'Amplitude',
  side: 'client',
  imports: ['import AmplitudeSwift'],
  factories: ['Amplitude'],
  types: ['Amplitude'],
  singletons: [],
  methods: {
    track: method({ kind: 'track', params: ['eventType', 'eventProperties', 'options'], event: 'eventType', properties: 'eventProperties' }),
    setUserId: method({ kind: 'identify', params: ['userId'], distinctId: 'userId' }),
    identify: method({ kind: 'identify', params: ['userProperties', 'options'], properties: 'userProperties', writesPeople: true }),
  },
};

export const SWIFT_SDKS: readonly ClientSdk[] = [SEGMENT_SWIFT, POSTHOG_SWIFT, AMPLITUDE_SWIFT];

/** analytics-kotlin (core/.../Analytics.kt): `Analytics(writeKey, context) { ... }`; properties as a JsonObject. */
const SEGMENT_KOTLIN: ClientSdk = {
  vendor: 'segment',
  label: 'Segment',
  side: 'client',
  imports: ['import com.segment.analytics.kotlin'],
  factories: ['Analytics'],
  types: ['Analytics'],
  singletons: [],
  methods: {
    track: method({ kind: 'track', params: ['name', 'properties'], event: 'name', properties: 'properties' }),
    identify: [
      { kind: 'identify', params: ['userId', 'traits'], distinctId: 'userId', properties: 'traits', writesPeople: true },
      { kind: 'identify', params: ['traits'], properties: 'traits', writesPeople: true },
    ],
    alias: method({ kind: 'alias', params: ['newId'], distinctId: 'newId' }),
  },
};

/** posthog-android (posthog/.../PostHogInterface.kt), from Kotlin and Java: the `PostHog` object. */
const POSTHOG_JVM: ClientSdk = {
  vendor: 'posthog',
  label: 'PostHog',
  side: 'client',
  imports: ['import com.posthog'],
  factories: [],
  types: ['PostHogInterface'],
  singletons: ['PostHog', 'PostHog.Companion'],
  methods: {
    capture: method({
      kind: 'track',
      params: ['event', 'distinctId', 'properties', 'userProperties', 'userPropertiesSetOnce', 'groups'],
      event: 'event',
      distinctId: 'distinctId',
      properties: 'properties',
      personUpdates: ['userProperties', 'userPropertiesSetOnce'],
    }),
    identify: method({
      kind: 'identify',
      params: ['distinctId', 'userProperties', 'userPropertiesSetOnce'],
      distinctId: 'distinctId',
      properties: 'userProperties',
      writesPeople: true,
    }),
    alias: method({ kind: 'alias', params: ['alias'], distinctId: 'alias' }),
    register: method({ kind: 'register', params: ['key', 'value'], propertyName: 'key', propertyValue: 'value' }),
    unregister: method({ kind: 'unregister', params: ['key'], propertyName: 'key' }),
    setPersonProperties: method({
      kind: 'people',
      params: ['userPropertiesToSet', 'userPropertiesToSetOnce'],
      properties: 'userPropertiesToSet',
      peopleMethod: 'set',
    }),
  },
};

/** Amplitude-Kotlin (analytics-core/.../Amplitude.kt): `Amplitude(Configuration(...))`. */
const AMPLITUDE_JVM: ClientSdk = {
  vendor: 'amplitude',
  label: 'Amplitude',
  side: 'client',
  imports: ['import com.amplitude'],
  factories: ['Amplitude'],
  types: ['Amplitude'],
  singletons: [],
  methods: {
    track: method({ kind: 'track', params: ['eventType', 'eventProperties', 'options'], event: 'eventType', properties: 'eventProperties' }),
    setUserId: method({ kind: 'identify', params: ['userId'], distinctId: 'userId' }),
    identify: method({ kind: 'identify', params: ['userProperties', 'options'], properties: 'userProperties', writesPeople: true }),
  },
};

export const KOTLIN_SDKS: readonly ClientSdk[] = [SEGMENT_KOTLIN, POSTHOG_JVM, AMPLITUDE_JVM];
export const JAVA_SDKS: readonly ClientSdk[] = [POSTHOG_JVM, AMPLITUDE_JVM];

/** The SDKs a file imports. */
export const importedSdks = (text: string, sdks: readonly ClientSdk[]): ClientSdk[] => sdks.filter((sdk) => sdk.imports.some((i) => text.includes(i)));

/** The SDK whose client this value makes (`Analytics(configuration: ...)`) or whose type this is. */
export const sdkOfFactory = (callee: string, sdks: readonly ClientSdk[]): ClientSdk | undefined => sdks.find((sdk) => sdk.factories.includes(callee));
export const sdkOfType = (type: string, sdks: readonly ClientSdk[]): ClientSdk | undefined => sdks.find((sdk) => sdk.types.includes(type));
export const sdkOfSingleton = (receiver: string, sdks: readonly ClientSdk[]): ClientSdk | undefined => sdks.find((sdk) => sdk.singletons.includes(receiver));

/** A parameter's argument: by name when the call names it, else the unnamed arguments in the parameters' order. */
function argumentFor(shape: SdkMethod, args: CallArguments): (param: string | undefined) => SyntaxNode | undefined {
  const named = new Set(args.named.values());
  const positional = args.written.filter((node) => !named.has(node));
  return (param) => {
    if (param === undefined) return undefined;
    const byName = args.named.get(param);
    if (byName) return byName;
    const index = shape.params.indexOf(param);
    return index === -1 ? undefined : positional[index];
  };
}

/** Which overload: the one whose every named argument is a parameter of it, the first when none is named. */
export function overloadFor(overloads: readonly SdkMethod[], args: CallArguments): SdkMethod | undefined {
  const names = [...args.named.keys()];
  return overloads.find((o) => names.every((n) => o.params.includes(n))) ?? (names.length === 0 ? overloads[0] : undefined);
}

/** A call of a client SDK's method, described for the core's judgement. */
export function describeSdkCall(
  call: SyntaxNode,
  sdk: ClientSdk,
  methodName: string,
  shape: SdkMethod,
  args: CallArguments,
  syntax: ValueSyntax,
  file: FileContext,
): CallDescription {
  const at = argumentFor(shape, args);
  const event = at(shape.event);
  const properties = at(shape.properties);
  const distinctId = at(shape.distinctId);
  const name = at(shape.propertyName);
  const written: WrittenEntries | undefined = name ? namedEntry(name, at(shape.propertyValue), syntax) : properties && syntax.entries(properties);
  return {
    span: spanOf(call),
    vendor: sdk.vendor,
    vendorLabel: sdk.label,
    method: methodName,
    kind: shape.kind,
    peopleMethod: shape.peopleMethod,
    side: file.productSide ?? sdk.side,
    products: file.products,
    event: event && describedEvent(event, syntax),
    passesProperties: properties !== undefined,
    written,
    writesPeople: shape.writesPeople,
    personUpdates: (shape.personUpdates ?? []).flatMap((param) => {
      const node = at(param);
      const entries = node && syntax.entries(node);
      return entries ? [entries] : [];
    }),
    distinctId: distinctId && describedId(distinctId, syntax),
  };
}
