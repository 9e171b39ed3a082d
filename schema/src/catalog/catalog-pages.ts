import type { Status } from '../model.js';
import type { CallSite, Catalog, CatalogEvent, CatalogProperty, CatalogRevision, EventLink } from './catalog-model.js';
import { html, type Html } from './html.js';

/** The pages every page links to, in the order the navigation shows them. */
const PAGES = [
  { file: 'index.html', label: 'Events' },
  { file: 'people.html', label: 'People properties' },
  { file: 'super-properties.html', label: 'Super properties' },
  { file: 'definitions.html', label: 'Shared definitions' },
  { file: 'changes.html', label: 'Changes' },
] as const;
export type PageFile = (typeof PAGES)[number]['file'];

const STATUS_WORDS: Readonly<Record<Status, string>> = { active: 'active', deprecated: 'deprecated', retired: 'retired' };
const short = (commit: string): string => commit.slice(0, 7);
/** A plan name as part of an element id (ids hold no spaces). */
const idPart = (name: string): string => name.replace(/[^A-Za-z0-9_-]/g, '-');
const eventHref = (root: string, event: EventLink): string => `${root}events/${event.slug}.html`;

/** A link to a file at the commit the site was built from, when the repository's address is known. */
function fileUrl(catalog: Catalog, site: CallSite): string | undefined {
  if (catalog.baseUrl === undefined) return undefined;
  const path = site.file.split('/').map(encodeURIComponent).join('/');
  return `${catalog.baseUrl}/blob/${catalog.commit ?? 'HEAD'}/${path}#L${site.line}`;
}

const commitLink = (catalog: Catalog, commit: string): Html =>
  catalog.baseUrl === undefined
    ? html`<code>${short(commit)}</code>`
    : html`<a href="${`${catalog.baseUrl}/commit/${commit}`}"><code>${short(commit)}</code></a>`;

const badge = (status: Status): Html => html`<span class="badge ${status}">${STATUS_WORDS[status]}</span>`;

/** Every page's frame: language, viewport, skip link, landmarks, navigation with the current page marked. */
function layout(catalog: Catalog, options: { title: string; root: string; current?: PageFile; body: Html; scripts?: readonly string[] }): string {
  const { root, current } = options;
  const scripts = options.scripts ?? [];
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="generator" content="trackplan catalog" />
        <title>${options.title} · ${catalog.title}</title>
        <link rel="stylesheet" href="${root}assets/catalog.css" />
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header>
          <div class="inner">
            <a class="site" href="${root}index.html">${catalog.title}</a>
            <nav aria-label="Catalog">
              <ul>
                ${PAGES.map((p) => html`<li><a href="${root}${p.file}" ${current === p.file ? html` aria-current="page"` : false}>${p.label}</a></li>`)}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main">${options.body}</main>
        <footer>
          <p>
            From <code>${catalog.planFile}</code>${catalog.commit === undefined ? false : html` at ${commitLink(catalog, catalog.commit)}`}, by
            <code>trackplan catalog</code>. The plan in the repository is the source: change it there, in a pull request.
          </p>
        </footer>
        ${scripts.map((s) => html`<script src="${root}${s}"></script> `)}
      </body>
    </html> `.text;
}

/** `web (the web shop)` → its owners, for the headings and the event page. */
function productLabel(catalog: Catalog, name: string): Html {
  const product = catalog.products.find((p) => p.name === name);
  return html`<strong>${name}</strong>${product?.description ? html` <span class="muted">(${product.description})</span>` : false}`;
}

function whereSent(event: CatalogEvent): Html {
  const count = event.callSites.length;
  if (count === 0) return event.status === 'retired' ? html`not sent anywhere` : html`<span class="badge note">planned, never sent</span>`;
  const places = `${count} ${count === 1 ? 'place' : 'places'}`;
  return event.status === 'retired' ? html`<span class="badge retired">still sent from ${places}</span>` : html`sent from ${places}`;
}

/** The index: every event by product, with search and filters. */
export function indexPage(catalog: Catalog): string {
  const index = new Map(catalog.events.map((e, i) => [e.key, i]));
  const groups = catalog.products.map((p) => ({ name: p.name, events: catalog.events.filter((e) => e.products.includes(p.name)) }));
  const unowned = catalog.events.filter((e) => e.products.length === 0);
  if (unowned.length > 0) groups.push({ name: '', events: unowned });
  const row = (event: CatalogEvent): Html =>
    html`<li data-event="${index.get(event.key)}">
      <a class="name" href="${eventHref('', event)}">${event.eventName}</a>${event.status === 'active' ? false : badge(event.status)}
      <p>${event.description ?? html`<span class="muted">No description.</span>`}</p>
      <p class="muted">
        ${event.products.join(', ')} · ${event.properties.length} ${event.properties.length === 1 ? 'property' : 'properties'} ·
        ${whereSent(event)}${event.replacedBy ? html` · replaced by <a href="${eventHref('', event.replacedBy)}">${event.replacedBy.eventName}</a>` : false}
      </p>
    </li>`;
  const sections = groups.map((group) => {
    const product = catalog.products.find((p) => p.name === group.name);
    return html`<section data-product="${group.name}" aria-labelledby="product-${idPart(group.name)}">
      <h2 id="product-${idPart(group.name)}">${group.name ? productLabel(catalog, group.name) : 'Events of no product'}</h2>
      ${product && product.owners.length > 0 ? html`<p class="muted">Owners: ${product.owners.join(', ')}${product.side ? ` · ${product.side} side` : ''}</p>` : false}
      <ul class="events">
        ${group.events.map(row)}
      </ul>
    </section>`;
  });
  const statuses: Status[] = ['active', 'deprecated', 'retired'];
  const body = html`<h1>Events</h1>
    <p>Every event the plan defines, by the product that sends it: the exact name to query, what it means, its properties and where the code sends it.</p>
    <form class="filters" role="search" onsubmit="return false">
      <div>
        <label for="q">Search events</label
        ><input id="q" type="search" autocomplete="off" placeholder="Name, description, property or owner" aria-describedby="search-help" /><span
          id="search-help"
          class="muted"
          hidden
          >Press / to search</span
        >
      </div>
      <fieldset>
        <legend>Status</legend>
        ${statuses.map((s) => html`<label><input type="checkbox" name="status" value="${s}" checked /> ${STATUS_WORDS[s]}</label>`)}
      </fieldset>
      <div>
        <label for="product">Product</label
        ><select id="product">
          <option value="">All products</option>
          ${catalog.products.map((p) => html`<option value="${p.name}">${p.name}</option>`)}
        </select>
      </div>
      <div>
        <label for="side">Side</label
        ><select id="side">
          <option value="">Client and server</option>
          <option value="client">client</option>
          <option value="server">server</option>
        </select>
      </div>
    </form>
    <p id="count" role="status" aria-live="polite">${catalog.events.length} events</p>
    <div id="matches" hidden>
      <ul class="events" aria-label="Matching events"></ul>
      <p id="more" hidden><button type="button">Show every match</button></p>
    </div>
    <div id="by-product">${sections}</div>`;
  return layout(catalog, { title: 'Events', root: '', current: 'index.html', body, scripts: ['assets/catalog-index.js', 'assets/catalog.js'] });
}

/** A table of properties: type, allowed values, format and constraints, required or not, description, shared definition. */
function propertyTable(caption: string, properties: readonly CatalogProperty[], root: string, options: { owner?: boolean; required?: boolean } = {}): Html {
  if (properties.length === 0) return html`<p class="muted">${caption}: none.</p>`;
  const ownerWords = (p: CatalogProperty): Html =>
    p.owner === 'server'
      ? html`<strong>server</strong><br /><span class="muted">a copy of application data; client apps must not write it</span>`
      : html`client<br /><span class="muted">written by the apps</span>`;
  return html`<div class="table-scroll" role="region" aria-label="${caption}" tabindex="0">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Allowed values</th>
          ${options.required ? html`<th scope="col">Required</th>` : false}${options.owner ? html`<th scope="col">Written by</th>` : false}
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        ${properties.map(
          (p) =>
            html`<tr id="property-${idPart(p.name)}">
              <th scope="row"><code>${p.name}</code>${p.status === 'active' ? false : badge(p.status)}</th>
              <td>${p.type}${p.format ? html`<br /><span class="muted">format ${p.format}</span>` : false}</td>
              <td>
                ${p.values.length > 0 ? p.values.map((v, i) => html`${i > 0 ? ', ' : ''}<code>${v}</code>`) : false}${p.constraints.length > 0 ? html`${p.values.length > 0 ? html`<br />` : false}<span class="muted">${p.constraints.join('; ')}</span>` : false}${p.values.length === 0 && p.constraints.length === 0 ? html`<span class="muted">any</span>` : false}
              </td>
              ${options.required ? html`<td>${p.required ? 'required' : 'optional'}</td>` : false}${options.owner ? html`<td>${ownerWords(p)}</td>` : false}
              <td>
                ${p.description ?? ''}${p.definition ? html`${p.description ? html`<br />` : false}<span class="muted">shared: <a href="${root}definitions.html#def-${idPart(p.definition)}">${p.definition}</a></span>` : false}${p.products ? html`<br /><span class="muted">only in ${p.products.join(', ')}</span>` : false}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** One event: its name to copy, meaning, lifecycle in words, products and owners, properties, call sites, milestones. */
export function eventPage(catalog: Catalog, event: CatalogEvent): string {
  const root = '../';
  const byProduct = new Map<string, CallSite[]>();
  for (const site of event.callSites) {
    for (const product of site.products.length > 0 ? site.products : ['']) byProduct.set(product, [...(byProduct.get(product) ?? []), site]);
  }
  const siteItem = (site: CallSite): Html => {
    const url = fileUrl(catalog, site);
    const text = `${site.file}:${site.line}`;
    return html`<li>${url ? html`<a href="${url}"><code>${text}</code></a>` : html`<code>${text}</code>`}</li>`;
  };
  const sent =
    event.callSites.length === 0
      ? html`<p>
          <span class="badge note">planned, never sent</span> No call site of <code>${event.eventName}</code> was found in the
          repository${event.status === 'retired' ? ', as a retired event should be' : ''}.
        </p>`
      : html`${event.status === 'retired' ? html`<p><span class="badge retired">retired, still sent</span> This event is retired but the code still sends it.</p>` : false}${[
          ...byProduct,
        ].map(
          ([product, sites]) =>
            html`<h3>${product ? productLabel(catalog, product) : 'Files of no product'}</h3>
              <ul class="sites">
                ${sites.map(siteItem)}
              </ul>`,
        )}`;
  const history =
    event.milestones.length === 0
      ? false
      : html`<h2>History</h2>
          <ul>
            ${event.milestones.map((m) => html`<li>${m.what} in ${commitLink(catalog, m.commit)} on ${m.date}</li>`)}
          </ul>`;
  const body = html`<p><a href="${root}index.html">All events</a></p>
    <h1>${event.eventName}${badge(event.status)}</h1>
    <div class="name-row">
      <span>Event name to query:</span> <code id="event-name">${event.eventName}</code>
      <button type="button" data-copy="${event.eventName}" hidden>Copy name</button><span id="copied" role="status" class="muted"></span>
    </div>
    ${event.lifecycle ? html`<p class="lifecycle ${event.status}">${event.lifecycle}</p>` : false}
    <p>${event.description ?? html`<span class="muted">The plan does not describe this event.</span>`}</p>
    <dl class="facts">
      <dt>Status</dt>
      <dd>${STATUS_WORDS[event.status]}${event.since ? ` since ${event.since}` : ''}${event.reason ? ` — ${event.reason}` : ''}</dd>
      ${
        event.replacedBy
          ? html`<dt>Replaced by</dt>
              <dd><a href="${eventHref(root, event.replacedBy)}">${event.replacedBy.eventName}</a></dd>`
          : false
      }
      ${
        event.replaces.length > 0
          ? html`<dt>Replaces</dt>
              <dd>${event.replaces.map((r, i) => html`${i > 0 ? ', ' : ''}<a href="${eventHref(root, r)}">${r.eventName}</a>`)}</dd>`
          : false
      }
      <dt>Sent by</dt>
      <dd>
        ${event.products.map((p, i) => {
          const product = catalog.products.find((q) => q.name === p);
          return html`${i > 0 ? html`<br />` : false}${productLabel(catalog, p)}${product && product.owners.length > 0 ? html` — ${product.owners.join(', ')}` : false}`;
        })}
      </dd>
      <dt>Key in the plan</dt>
      <dd><code>${event.key}</code></dd>
    </dl>
    <h2>Properties</h2>
    ${propertyTable(`Properties of ${event.eventName}`, event.properties, root, { required: true })}
    ${event.openProperties ? html`<p class="muted">Properties the plan does not list are accepted too.</p>` : false}
    <h2>Where it is sent</h2>
    ${sent} ${history}`;
  return layout(catalog, { title: event.eventName, root, body, scripts: ['assets/catalog.js'] });
}

/** People properties with who writes each, so a profile field that copies application data is known as such. */
export function peoplePage(catalog: Catalog): string {
  const body = html`<h1>People properties</h1>
    <p>
      The fields of a user's profile. A <strong>server</strong>-owned field is a read-only copy of the application's own data, synced by the server: its value
      is as current as the last sync, and client apps never write it.
    </p>
    ${propertyTable('People properties', catalog.people, '', { owner: true })}`;
  return layout(catalog, { title: 'People properties', root: '', current: 'people.html', body });
}

export function superPropertiesPage(catalog: Catalog): string {
  const body = html`<h1>Super properties</h1>
    <p>Properties registered once and sent with every event.</p>
    ${propertyTable('Super properties', catalog.superProperties, '')}`;
  return layout(catalog, { title: 'Super properties', root: '', current: 'super-properties.html', body });
}

/** Each `$defs` entry and every property that uses it. */
export function definitionsPage(catalog: Catalog): string {
  const body = html`<h1>Shared definitions</h1>
    <p>Definitions several properties share: a change to one changes every property listed under it.</p>
    ${
      catalog.definitions.length === 0
        ? html`<p class="muted">The plan has no shared definitions.</p>`
        : catalog.definitions.map(
            (d) =>
              html`<section id="def-${idPart(d.name)}" aria-labelledby="def-${idPart(d.name)}-title">
                <h2 id="def-${idPart(d.name)}-title"><code>${d.name}</code></h2>
                <p>
                  ${d.property.type}${d.property.format ? `, format ${d.property.format}` : ''}${d.property.values.length > 0 ? html`: ${d.property.values.map((v, i) => html`${i > 0 ? ', ' : ''}<code>${v}</code>`)}` : false}${d.property.constraints.length > 0 ? ` (${d.property.constraints.join('; ')})` : ''}.
                  ${d.property.description ?? ''}
                </p>
                ${
                  d.usedBy.length === 0
                    ? html`<p class="muted">Used by no property.</p>`
                    : html`<ul>
                        ${d.usedBy.map(
                          (u) =>
                            html`<li>
                              ${u.event ? html`<a href="${eventHref('', u.event)}">${u.event.eventName}</a> · ` : u.section === 'people' ? html`<a href="people.html#property-${idPart(u.property)}">people</a> · ` : html`<a href="super-properties.html#property-${idPart(u.property)}">super properties</a> · `}<code
                                >${u.property}</code
                              >
                            </li>`,
                        )}
                      </ul>`
                }
              </section>`,
          )
    }`;
  return layout(catalog, { title: 'Shared definitions', root: '', current: 'definitions.html', body });
}

function revisionArticle(catalog: Catalog, revision: CatalogRevision, events: ReadonlyMap<string, CatalogEvent>): Html {
  const order = { breaking: 0, dangerous: 1, safe: 2 } as const;
  const changes = [...revision.changes].sort((a, b) => order[a.severity] - order[b.severity]);
  return html`<article aria-labelledby="rev-${revision.commit}">
    <h2 id="rev-${revision.commit}">${revision.subject} <span class="muted">· ${revision.date} · ${commitLink(catalog, revision.commit)}</span></h2>
    ${
      changes.length === 0
        ? html`<p class="muted">No change to the plan's meaning (formatting or comments).</p>`
        : html`<ul>
            ${changes.map((c) => {
              const event = c.event === undefined ? undefined : events.get(c.event);
              return html`<li>
                <span class="badge ${c.severity}">${c.severity}</span> ${c.message}${event ? html` — <a href="${eventHref('', event)}">event page</a>` : false}
              </li>`;
            })}
          </ul>`
    }
  </article>`;
}

/** The last commits that changed the plan, each with its risk-classified diff. */
export function changesPage(catalog: Catalog): string {
  const events = new Map(catalog.events.map((e) => [e.key, e]));
  const body = html`<h1>Changes</h1>
    ${
      catalog.history.length === 0
        ? html`<p class="muted">
            No history in this catalog: build it with <code>trackplan catalog --history N</code> to show the last N commits that changed the plan.
          </p>`
        : html`<p>
              The last ${catalog.history.length} ${catalog.history.length === 1 ? 'commit' : 'commits'} that changed the plan, newest first.
              <span class="badge breaking">breaking</span> changes break senders or reports, <span class="badge dangerous">dangerous</span> ones work but may
              surprise, <span class="badge safe">safe</span> ones do neither.
            </p>
            ${catalog.history.map((r) => revisionArticle(catalog, r, events))}`
    }`;
  return layout(catalog, { title: 'Changes', root: '', current: 'changes.html', body });
}

/** The page over several catalogs (one per plan, in subfolders): where a monorepo's Pages site starts. */
export function catalogsIndexPage(
  title: string,
  catalogs: readonly { readonly folder: string; readonly title: string; readonly planFile: string; readonly events: number }[],
): string {
  const first = catalogs[0]?.folder ?? '.';
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>${title}</title>
        <link rel="stylesheet" href="${first}/assets/catalog.css" />
      </head>
      <body>
        <main id="main">
          <h1>${title}</h1>
          <p>One catalog per tracking plan in the repository.</p>
          <ul class="events">
            ${catalogs.map(
              (c) =>
                html`<li>
                  <a class="name" href="${c.folder}/index.html">${c.title}</a>
                  <p class="muted"><code>${c.planFile}</code> · ${c.events} events</p>
                </li>`,
            )}
          </ul>
        </main>
      </body>
    </html> `.text;
}
