import type { Severity } from '../diff/change.js';
import type { Side, Status } from '../model.js';

/**
 * The plan as the catalog shows it to the people who query the data: plain JSON (written beside the
 * site as catalog.json), built once from the plan, the call sites found in the code and the plan's
 * history. The pages and the search index are rendered from it alone.
 */
export interface Catalog {
  /** The catalog data's own format, for whoever reads catalog.json. */
  readonly format: 1;
  readonly title: string;
  /** The plan file, relative to the repository's top (or as given outside a repository). */
  readonly planFile: string;
  /** The commit the site was built from, when the plan is in a git repository. */
  readonly commit: string | undefined;
  /** The repository's web address (`https://github.com/acme/shop`), for links to files and commits. */
  readonly baseUrl: string | undefined;
  readonly products: readonly CatalogProduct[];
  readonly events: readonly CatalogEvent[];
  readonly people: readonly CatalogProperty[];
  readonly superProperties: readonly CatalogProperty[];
  readonly definitions: readonly CatalogDefinition[];
  /** Newest first; empty unless asked for. */
  readonly history: readonly CatalogRevision[];
}

export interface CatalogProduct {
  readonly name: string;
  readonly description: string | undefined;
  readonly owners: readonly string[];
  readonly side: Side | undefined;
}

/** An event named by another one: its replacement, or an event it replaces. */
export interface EventLink {
  readonly key: string;
  readonly slug: string;
  readonly eventName: string;
}

export interface CatalogEvent {
  readonly key: string;
  /** The page's file name under events/, unique and safe in a URL. */
  readonly slug: string;
  readonly eventName: string;
  readonly description: string | undefined;
  readonly status: Status;
  /** The products that send it (every product when the plan names none). */
  readonly products: readonly string[];
  /** The sides of those products. */
  readonly sides: readonly Side[];
  readonly since: string | undefined;
  readonly reason: string | undefined;
  readonly replacedBy: EventLink | undefined;
  readonly replaces: readonly EventLink[];
  /** For a deprecated or retired event: what an analyst queries instead, and when. */
  readonly lifecycle: string | undefined;
  readonly properties: readonly CatalogProperty[];
  /** Whether properties the plan does not list are accepted. */
  readonly openProperties: boolean;
  readonly callSites: readonly CallSite[];
  /** Commits of the history shown that added, deprecated, retired or renamed it. */
  readonly milestones: readonly Milestone[];
  /** Lower-case text the search matches: names, descriptions, properties, products and owners. */
  readonly search: string;
}

export interface CatalogProperty {
  readonly name: string;
  /** `string`, `integer or null`, `array of string`. */
  readonly type: string;
  /** The values an enum or const allows, as JSON. */
  readonly values: readonly string[];
  readonly format: string | undefined;
  /** Other constraints in words: `at least 0`, `at most 20 characters`, `matches ^[A-Z]{3}$`. */
  readonly constraints: readonly string[];
  readonly required: boolean;
  readonly description: string | undefined;
  readonly status: Status;
  /** The `$defs` entry it shares with other properties. */
  readonly definition: string | undefined;
  /** People properties: who writes it. */
  readonly owner: Side | undefined;
  readonly products: readonly string[] | undefined;
}

/** A `$defs` entry and every property defined with it. */
export interface CatalogDefinition {
  readonly name: string;
  readonly property: CatalogProperty;
  readonly usedBy: readonly { readonly section: 'event' | 'superProperties' | 'people'; readonly event?: EventLink; readonly property: string }[];
}

/** Where the code sends an event. */
export interface CallSite {
  /** Relative to the repository's top, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly eventName: string;
  /** The products whose paths hold the file. */
  readonly products: readonly string[];
}

export interface Milestone {
  readonly what: 'added' | 'deprecated' | 'retired' | 'reactivated' | 'renamed';
  readonly commit: string;
  readonly date: string;
}

/** One commit that changed the plan, with its risk-classified diff. */
export interface CatalogRevision {
  readonly commit: string;
  readonly date: string;
  readonly subject: string;
  readonly changes: readonly {
    readonly severity: Severity;
    readonly kind: string;
    readonly message: string;
    readonly event: string | undefined;
  }[];
}
