import type { Side, Vendor } from '@trackplan/schema';
import type { CallKind } from '@trackplan/schema';

/**
 * What one SDK is, as data (one file per SDK in sdks/, as eslint-plugin-n keeps one file per Node
 * module): the modules it is imported from and what they export, its side and vendor, its tracking
 * and people methods, how the people object is reached, which calls return a client, and where its
 * server-side people methods take their modifiers. Adding an SDK is adding a file and its tests.
 */
export interface SdkDefinition<Name extends string = string> {
  readonly name: Name;
  readonly vendor: Vendor;
  readonly side: Side;
  /** Module specifier → what importing it gives. */
  readonly modules: Readonly<Record<string, ModuleExports>>;
  /** Methods of a client object (or, for `function` exports, the functions themselves). */
  readonly clientMethods: Readonly<Record<string, MethodSpec>>;
  /** Methods of the people object. */
  readonly peopleMethods?: Readonly<Record<string, MethodSpec>>;
  /** How the people object is reached from a client: `client.people`, or `client.getPeople()`. */
  readonly peopleAccess?: 'member' | 'getPeople';
  /** Client methods that return a client: `init(token, config, name)` needs its third argument. */
  readonly returnsClient?: Readonly<Record<string, { readonly minArguments: number }>>;
  /** Where a people method takes its modifiers (`$ip`, `$ignore_time`), per signature; undefined: none. */
  readonly peopleModifiersIndex?: (method: string | undefined, nameForm: boolean) => number | undefined;
  /**
   * Optional arguments that come before the modifiers, with the values the SDK uses when they are
   * left out, by people method and position: filled in when the modifiers are added by a fix.
   */
  readonly defaultsBeforeModifiers?: Readonly<Record<string, Readonly<Record<number, string>>>>;
}

/** What a module export is, before the catalog says which SDK it belongs to. */
export type ExportKind =
  | { readonly type: 'client' }
  /** Something that makes a client: `Mixpanel.init()`, `new Mixpanel()`, `AnalyticsBrowser.load()`, `usePostHog()`. */
  | { readonly type: 'factory'; readonly makes: 'init' | 'new' | 'load' | 'call' }
  /** A named function export that is itself a method: amplitude's `track`. */
  | { readonly type: 'function'; readonly name: string };

export interface ModuleExports {
  readonly default?: ExportKind;
  readonly namespace?: ExportKind;
  readonly named?: Readonly<Record<string, ExportKind>>;
  /** Exported types of a client instance: a parameter annotated with one holds a client. */
  readonly types?: readonly string[];
}

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

export const client: ExportKind = { type: 'client' };
export const factory = (makes: 'init' | 'new' | 'load' | 'call'): ExportKind => ({ type: 'factory', makes });
export const fn = (name: string): ExportKind => ({ type: 'function', name });
export const track = (event = 0, properties = 1): MethodSpec => ({ kind: 'track', event, properties });

/** People methods under their own names, each the canonical method it is (`setOnce` is `set_once`). */
export const peopleMethods = (names: Readonly<Record<string, string>>, nameOrObject: number, distinctId?: number): Record<string, MethodSpec> =>
  Object.fromEntries(
    Object.entries(names).map(([method, canonical]) => [
      method,
      { kind: 'people', peopleMethod: canonical, nameOrObject, ...(distinctId === undefined ? {} : { distinctId }) },
    ]),
  );

/** Mixpanel's people methods as mixpanel-browser and mixpanel (Node) name them. */
export const MIXPANEL_PEOPLE = {
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

/** Keeps each definition's name a literal type, so the SDK names can be derived from the list. */
export const defineSdk = <const Name extends string>(definition: SdkDefinition<Name>): SdkDefinition<Name> => definition;
