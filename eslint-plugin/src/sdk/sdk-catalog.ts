import { RESERVED_BY_VENDOR, type Vendor } from '@trackplan/schema';
import type { ExportKind, MethodSpec, SdkDefinition } from './sdk-definition.js';
import { SDKS } from './sdks/index.js';

export type { MethodSpec } from './sdk-definition.js';

/**
 * The SDKs by name, and the tables call recognition reads, all derived from the list in sdks/
 * (one file per SDK). Everything here is reached only through an import of an SDK's module, never
 * guessed from a name.
 */

/** The analytics libraries trackplan recognises by import. */
export type SdkName = (typeof SDKS)[number]['name'];

const BY_NAME = new Map<string, SdkDefinition>(SDKS.map((sdk) => [sdk.name, sdk]));

/** One SDK's definition. */
export const sdkOf = (name: SdkName): SdkDefinition => BY_NAME.get(name)!;

/** A value the code holds that belongs to an SDK. */
export type Handle =
  | { readonly type: 'client'; readonly sdk: SdkName }
  | { readonly type: 'people'; readonly sdk: SdkName }
  | { readonly type: 'factory'; readonly sdk: SdkName; readonly makes: 'init' | 'new' | 'load' | 'call' }
  | { readonly type: 'function'; readonly sdk: SdkName; readonly name: string };

interface ModuleHandles {
  readonly sdk: SdkName;
  readonly default?: Handle;
  readonly namespace?: Handle;
  readonly named?: Readonly<Record<string, Handle>>;
  readonly types?: readonly string[];
}

const handle = (sdk: SdkName, kind: ExportKind | undefined): Handle | undefined => (kind ? { ...kind, sdk } : undefined);

/** Module specifier → what importing it gives. */
export const SDK_MODULES: Readonly<Record<string, ModuleHandles>> = Object.fromEntries(
  SDKS.flatMap((sdk) =>
    Object.entries(sdk.modules).map(([specifier, exports]) => [
      specifier,
      {
        sdk: sdk.name,
        default: handle(sdk.name, exports.default),
        namespace: handle(sdk.name, exports.namespace),
        named: exports.named && Object.fromEntries(Object.entries(exports.named).map(([name, kind]) => [name, handle(sdk.name, kind)!])),
        types: exports.types,
      },
    ]),
  ),
);

/** The vendor of a call; undefined for a company wrapper, which may forward to any SDK. */
export const vendorOf = (sdk: SdkName | 'tracker'): Vendor | undefined => (sdk === 'tracker' ? undefined : sdkOf(sdk).vendor);

/** The vendor as messages name it: "PostHog" in PostHog code; a wrapper's is not known. */
export const vendorLabel = (sdk: SdkName | 'tracker'): string => {
  const vendor = vendorOf(sdk);
  return vendor ? RESERVED_BY_VENDOR[vendor].label : 'the analytics tool';
};

/** Every method name that can be a tracking call: the cheap first test on a callee. */
export const TRACKING_METHOD_NAMES: ReadonlySet<string> = new Set(
  SDKS.flatMap((sdk) => [...Object.keys(sdk.clientMethods), ...Object.keys(sdk.peopleMethods ?? {})]),
);

export const clientMethod = (sdk: SdkName, name: string): MethodSpec | undefined =>
  Object.hasOwn(sdkOf(sdk).clientMethods, name) ? sdkOf(sdk).clientMethods[name] : undefined;
export const peopleMethod = (sdk: SdkName, name: string): MethodSpec | undefined => {
  const methods = sdkOf(sdk).peopleMethods;
  return methods && Object.hasOwn(methods, name) ? methods[name] : undefined;
};
