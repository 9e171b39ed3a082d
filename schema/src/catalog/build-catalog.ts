import type { Change, ChangeKind } from '../diff/change.js';
import type { EventDefinition, PropertyDefinition, Side } from '../model.js';
import type { TrackingPlan } from '../tracking-plan.js';
import type { CallSite, Catalog, CatalogDefinition, CatalogEvent, CatalogRevision, EventLink, Milestone } from './catalog-model.js';
import { describeProperty } from './describe-property.js';
import { lifecycleInWords, productsInWords } from './lifecycle.js';

/** One commit that changed the plan, and the diff from its parent. */
export interface PlanRevision {
  readonly commit: string;
  readonly date: string;
  readonly subject: string;
  readonly changes: readonly Change[];
}

export interface CatalogInput {
  readonly title?: string;
  /** The plan file as the site names it (relative to the repository's top). */
  readonly planFile: string;
  readonly commit?: string;
  readonly baseUrl?: string;
  readonly callSites?: readonly CallSite[];
  /** Newest first. */
  readonly history?: readonly PlanRevision[];
}

const MILESTONES: Partial<Record<ChangeKind, Milestone['what']>> = {
  'event-added': 'added',
  'event-deprecated': 'deprecated',
  'event-retired': 'retired',
  'event-reactivated': 'reactivated',
  'event-name-changed': 'renamed',
};

/** A file name for each event key: `userSignsUp` → `user-signs-up` (lower case for case-insensitive file systems), URL-safe, unique. */
function slugsOf(keys: readonly string[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of keys) {
    const base =
      key
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 80) || 'event';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(key, slug);
  }
  return slugs;
}

/** The catalog of a plan: every event with its properties, lifecycle in words, call sites and milestones. */
export function buildCatalog(plan: TrackingPlan, input: CatalogInput): Catalog {
  const slugs = slugsOf([...plan.events.keys()]);
  const link = (event: EventDefinition): EventLink => ({ key: event.key, slug: slugs.get(event.key)!, eventName: event.eventName });
  const allProducts = [...plan.products.keys()];
  const sitesByName = new Map<string, CallSite[]>();
  for (const site of input.callSites ?? []) {
    const sites = sitesByName.get(site.eventName);
    if (sites) sites.push(site);
    else sitesByName.set(site.eventName, [site]);
  }
  const history = input.history ?? [];
  const milestones = new Map<string, Milestone[]>();
  for (const revision of history) {
    for (const change of revision.changes) {
      const what = MILESTONES[change.kind];
      if (what === undefined || change.event === undefined) continue;
      const list = milestones.get(change.event) ?? [];
      list.push({ what, commit: revision.commit, date: revision.date });
      milestones.set(change.event, list);
    }
  }
  const replaces = new Map<string, EventLink[]>();
  for (const event of plan.events.values()) {
    if (event.replacedBy === undefined || !plan.events.has(event.replacedBy)) continue;
    replaces.set(event.replacedBy, [...(replaces.get(event.replacedBy) ?? []), link(event)]);
  }

  const events = [...plan.events.values()].map((event): CatalogEvent => {
    const products = event.products ?? allProducts;
    const sides = [...new Set(products.flatMap((p) => plan.products.get(p)?.side ?? []))] as Side[];
    const replacement = event.replacedBy === undefined ? undefined : plan.events.get(event.replacedBy);
    const properties = [...event.properties.values()].map((p) => describeProperty(p, event.required.includes(p.name)));
    const owners = products.flatMap((p) => plan.products.get(p)?.owners ?? []);
    const search = [event.eventName, event.key, event.description ?? '', ...properties.flatMap((p) => [p.name, p.description ?? '']), ...products, ...owners]
      .join('\n')
      .toLowerCase();
    const sites = [...(sitesByName.get(event.eventName) ?? [])].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return {
      key: event.key,
      slug: slugs.get(event.key)!,
      eventName: event.eventName,
      description: event.description,
      status: event.status,
      products,
      sides,
      since: event.since,
      reason: event.reason,
      replacedBy: replacement && link(replacement),
      replaces: replaces.get(event.key) ?? [],
      lifecycle: lifecycleInWords(event, replacement, productsInWords(products, plan.products)),
      properties,
      openProperties: event.additionalProperties,
      callSites: sites,
      milestones: milestones.get(event.key) ?? [],
      search,
    };
  });

  return {
    format: 1,
    title: input.title ?? 'Tracking plan',
    planFile: input.planFile,
    commit: input.commit,
    baseUrl: input.baseUrl?.replace(/\/+$/, ''),
    products: [...plan.products.values()].map((p) => ({ name: p.name, description: p.description, owners: p.owners, side: p.side })),
    events,
    people: [...plan.people.values()].map((p) => describeProperty(p, false, p.owner)),
    superProperties: [...plan.superProperties.values()].map((p) => describeProperty(p, false)),
    definitions: definitionsOf(plan, link),
    history: history.map((revision): CatalogRevision => ({
      commit: revision.commit,
      date: revision.date,
      subject: revision.subject,
      changes: revision.changes.map((c) => ({ severity: c.severity, kind: c.kind, message: c.message, event: c.event })),
    })),
  };
}

/** Each `$defs` entry with every property that uses it, so a shared definition's reach is visible. */
function definitionsOf(plan: TrackingPlan, link: (event: EventDefinition) => EventLink): CatalogDefinition[] {
  const usedBy = new Map<string, CatalogDefinition['usedBy'][number][]>();
  const use = (property: PropertyDefinition, entry: CatalogDefinition['usedBy'][number]): void => {
    if (property.ref === undefined) return;
    usedBy.set(property.ref, [...(usedBy.get(property.ref) ?? []), entry]);
  };
  for (const event of plan.events.values()) for (const p of event.properties.values()) use(p, { section: 'event', event: link(event), property: p.name });
  for (const p of plan.superProperties.values()) use(p, { section: 'superProperties', property: p.name });
  for (const p of plan.people.values()) use(p, { section: 'people', property: p.name });
  return [...plan.defs.entries()].map(([name, schema]) => ({
    name,
    property: describeProperty(
      {
        name,
        schema,
        description: typeof schema.description === 'string' ? schema.description : undefined,
        status: 'active',
        products: undefined,
        ref: undefined,
      },
      false,
    ),
    usedBy: usedBy.get(name) ?? [],
  }));
}
