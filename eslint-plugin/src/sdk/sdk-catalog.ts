import { RESERVED_BY_VENDOR, type Side, type Vendor } from '@trackplan/schema';
import type { CallKind, SdkName } from './tracking-call.js';

/**
 * What each SDK exports and what its methods do: the data behind call recognition. Everything
 * here is reached only through an import of the SDK's module, never guessed from a name.
 */

/** A value the code holds that belongs to an SDK. */
export type Handle =
  | { readonly type: 'client'; readonly sdk: SdkName }
  | { readonly type: 'people'; readonly sdk: SdkName }
  /** Something that makes a client: `Mixpanel.init()`, `new Mixpanel()`, `AnalyticsBrowser.load()`, `usePostHog()`. */
  | { readonly type: 'factory'; readonly sdk: SdkName; readonly makes: 'init' | 'new' | 'load' | 'call' }
  /** A named function export that is itself a method: amplitude's `track`. */
  | { readonly type: 'function'; readonly sdk: SdkName; readonly name: string };

interface ModuleExports {
  readonly sdk: SdkName;
  readonly default?: Handle;
  readonly namespace?: Handle;
  readonly named?: Readonly<Record<string, Handle>>;
  /** Exported types of a client instance: a parameter annotated with one holds a client. */
  readonly types?: Readonly<Record<string, SdkName>>;
}

const client = (sdk: SdkName): Handle => ({ type: 'client', sdk });
const factory = (sdk: SdkName, makes: 'init' | 'new' | 'load' | 'call'): Handle => ({ type: 'factory', sdk, makes });
const fn = (sdk: SdkName, name: string): Handle => ({ type: 'function', sdk, name });

/** Module specifier → what importing it gives. */
export const SDK_MODULES: Readonly<Record<string, ModuleExports>> = {
  'mixpanel-browser': { sdk: 'mixpanel-browser', default: client('mixpanel-browser'), namespace: client('mixpanel-browser'), types: { Mixpanel: 'mixpanel-browser' } },
  mixpanel: { sdk: 'mixpanel', default: factory('mixpanel', 'init'), namespace: factory('mixpanel', 'init'), types: { Mixpanel: 'mixpanel' } },
  'mixpanel-react-native': { sdk: 'mixpanel-react-native', named: { Mixpanel: factory('mixpanel-react-native', 'new') }, types: { Mixpanel: 'mixpanel-react-native' } },
  '@segment/analytics-next': { sdk: '@segment/analytics-next', named: { AnalyticsBrowser: factory('@segment/analytics-next', 'load') }, types: { AnalyticsBrowser: '@segment/analytics-next', Analytics: '@segment/analytics-next' } },
  '@segment/analytics-node': {
    sdk: '@segment/analytics-node',
    default: factory('@segment/analytics-node', 'new'),
    named: { Analytics: factory('@segment/analytics-node', 'new') },
    types: { Analytics: '@segment/analytics-node' },
  },
  'posthog-js': { sdk: 'posthog-js', default: client('posthog-js'), named: { posthog: client('posthog-js') }, types: { PostHog: 'posthog-js' } },
  'posthog-js/react': { sdk: 'posthog-js', named: { usePostHog: factory('posthog-js', 'call') }, types: { PostHog: 'posthog-js' } },
  'posthog-node': { sdk: 'posthog-node', named: { PostHog: factory('posthog-node', 'new') }, types: { PostHog: 'posthog-node', IPostHog: 'posthog-node' } },
  '@amplitude/analytics-browser': {
    sdk: '@amplitude/analytics-browser',
    default: client('@amplitude/analytics-browser'),
    namespace: client('@amplitude/analytics-browser'),
    named: {
      track: fn('@amplitude/analytics-browser', 'track'),
      logEvent: fn('@amplitude/analytics-browser', 'logEvent'),
      setUserId: fn('@amplitude/analytics-browser', 'setUserId'),
      createInstance: factory('@amplitude/analytics-browser', 'call'),
    },
  },
  '@rudderstack/analytics-js': { sdk: '@rudderstack/analytics-js', named: { RudderAnalytics: factory('@rudderstack/analytics-js', 'new') }, types: { RudderAnalytics: '@rudderstack/analytics-js' } },
};

/** Which side an SDK runs on: browser and mobile SDKs are clients, server SDKs servers. */
export const SDK_SIDE: Readonly<Record<SdkName, Side>> = {
  'mixpanel-browser': 'client',
  mixpanel: 'server',
  'mixpanel-react-native': 'client',
  '@segment/analytics-next': 'client',
  '@segment/analytics-node': 'server',
  'posthog-js': 'client',
  'posthog-node': 'server',
  '@amplitude/analytics-browser': 'client',
  '@rudderstack/analytics-js': 'client',
};

/** Whose data each SDK sends: the vendor's reserved names apply to its calls, and messages name it. */
export const SDK_VENDOR: Readonly<Record<SdkName, Vendor>> = {
  'mixpanel-browser': 'mixpanel',
  mixpanel: 'mixpanel',
  'mixpanel-react-native': 'mixpanel',
  '@segment/analytics-next': 'segment',
  '@segment/analytics-node': 'segment',
  'posthog-js': 'posthog',
  'posthog-node': 'posthog',
  '@amplitude/analytics-browser': 'amplitude',
  '@rudderstack/analytics-js': 'segment',
};

/** The vendor of a call; undefined for a company wrapper, which may forward to any SDK. */
export const vendorOf = (sdk: SdkName | 'tracker'): Vendor | undefined => (sdk === 'tracker' ? undefined : SDK_VENDOR[sdk]);

/** The vendor as messages name it: "PostHog" in PostHog code; a wrapper's is not known. */
export const vendorLabel = (sdk: SdkName | 'tracker'): string => {
  const vendor = vendorOf(sdk);
  return vendor ? RESERVED_BY_VENDOR[vendor].label : 'the analytics tool';
};

/** How a method's arguments map to what the rules read. */
export interface MethodSpec {
  readonly kind: CallKind;
  /** Positions of the arguments. */
  readonly event?: number;
  readonly properties?: number;
  readonly distinctId?: number;
  /** The single-object form: `track({ event, properties, userId })`, with the keys it uses. */
  readonly objectKeys?: { readonly event?: string; readonly properties?: string; readonly distinctId?: string };
  /** A people or register method taking (name, value) or (object): where that argument starts. */
  readonly nameOrObject?: number;
  readonly peopleMethod?: string;
  /** An identify call whose `properties` are written to the user's profile (Segment traits, PostHog $set). */
  readonly writesPeople?: boolean;
}

const track = (event = 0, properties = 1): MethodSpec => ({ kind: 'track', event, properties });
const people = (method: string, nameOrObject: number, distinctId?: number): MethodSpec => ({
  kind: 'people',
  peopleMethod: method,
  nameOrObject,
  ...(distinctId === undefined ? {} : { distinctId }),
});
const peopleMethods = (names: Record<string, string>, nameOrObject: number, distinctId?: number): Record<string, MethodSpec> =>
  Object.fromEntries(Object.entries(names).map(([method, canonical]) => [method, people(canonical, nameOrObject, distinctId)]));

const MIXPANEL_PEOPLE = {
  set: 'set',
  set_once: 'set_once',
  increment: 'increment',
  append: 'append',
  union: 'union',
  remove: 'remove',
  unset: 'unset',
  track_charge: 'track_charge',
  clear_charges: 'clear_charges',
  delete_user: 'delete_user',
};
const REACT_NATIVE_PEOPLE = {
  set: 'set',
  setOnce: 'set_once',
  increment: 'increment',
  append: 'append',
  union: 'union',
  remove: 'remove',
  unset: 'unset',
  trackCharge: 'track_charge',
  clearCharges: 'clear_charges',
  deleteUser: 'delete_user',
};

/** Methods of each SDK's client object, and of its people object. */
export const CLIENT_METHODS: Readonly<Record<SdkName, Readonly<Record<string, MethodSpec>>>> = {
  'mixpanel-browser': {
    track: track(),
    track_with_groups: track(),
    time_event: { kind: 'time-event', event: 0 },
    register: { kind: 'register', properties: 0 },
    register_once: { kind: 'register', properties: 0 },
    unregister: { kind: 'unregister', nameOrObject: 0 },
    identify: { kind: 'identify', distinctId: 0 },
    alias: { kind: 'alias', distinctId: 0 },
  },
  mixpanel: { track: track(), alias: { kind: 'alias', distinctId: 0 } },
  'mixpanel-react-native': {
    track: track(),
    timeEvent: { kind: 'time-event', event: 0 },
    registerSuperProperties: { kind: 'register', properties: 0 },
    registerSuperPropertiesOnce: { kind: 'register', properties: 0 },
    unregisterSuperProperty: { kind: 'unregister', nameOrObject: 0 },
    identify: { kind: 'identify', distinctId: 0 },
    alias: { kind: 'alias', distinctId: 0 },
  },
  '@segment/analytics-next': { track: track(), identify: { kind: 'identify', distinctId: 0, properties: 1, writesPeople: true } },
  '@segment/analytics-node': {
    track: { kind: 'track', objectKeys: { event: 'event', properties: 'properties', distinctId: 'userId' } },
    identify: { kind: 'identify', objectKeys: { distinctId: 'userId', properties: 'traits' }, writesPeople: true },
  },
  'posthog-js': {
    capture: track(),
    identify: { kind: 'identify', distinctId: 0, properties: 1, writesPeople: true },
    alias: { kind: 'alias', distinctId: 0 },
    register: { kind: 'register', properties: 0 },
    register_once: { kind: 'register', properties: 0 },
    unregister: { kind: 'unregister', nameOrObject: 0 },
    setPersonProperties: { kind: 'people', peopleMethod: 'set', properties: 0 },
  },
  'posthog-node': {
    capture: { kind: 'track', objectKeys: { event: 'event', properties: 'properties', distinctId: 'distinctId' } },
    identify: { kind: 'identify', objectKeys: { distinctId: 'distinctId', properties: 'properties' }, writesPeople: true },
  },
  '@amplitude/analytics-browser': { track: track(), logEvent: track(), setUserId: { kind: 'identify', distinctId: 0 } },
  '@rudderstack/analytics-js': { track: track(), identify: { kind: 'identify', distinctId: 0, properties: 1, writesPeople: true } },
};

export const PEOPLE_METHODS: Partial<Record<SdkName, Readonly<Record<string, MethodSpec>>>> = {
  'mixpanel-browser': peopleMethods(MIXPANEL_PEOPLE, 0),
  mixpanel: peopleMethods(MIXPANEL_PEOPLE, 1, 0),
  'mixpanel-react-native': peopleMethods(REACT_NATIVE_PEOPLE, 0),
};

/** The SDKs whose client has a `people` member (mixpanel-react-native uses `getPeople()` instead). */
export const HAS_PEOPLE_MEMBER: ReadonlySet<SdkName> = new Set(['mixpanel-browser', 'mixpanel']);

/** Every method name that can be a tracking call: the cheap first test on a callee. */
export const TRACKING_METHOD_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(CLIENT_METHODS).flatMap((methods) => Object.keys(methods)),
  ...Object.values(PEOPLE_METHODS).flatMap((methods) => Object.keys(methods ?? {})),
]);
