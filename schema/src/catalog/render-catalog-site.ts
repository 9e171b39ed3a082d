import { CATALOG_CSS, CATALOG_JS } from './catalog-assets.js';
import type { Catalog } from './catalog-model.js';
import { changesPage, definitionsPage, eventPage, indexPage, peoplePage, superPropertiesPage } from './catalog-pages.js';
import { scriptJson } from './html.js';

/** The file a catalog is recognised by, so that `--out` over an older catalog replaces it and nothing else. */
export const CATALOG_DATA_FILE = 'catalog.json';

/**
 * The static site of a catalog: its files by path relative to the site's folder. Plain HTML pages
 * that read without the script; the search index as a script (not fetched JSON), so the site works
 * opened from file:// as well as from GitHub Pages; no request to any other host.
 */
export function renderCatalogSite(catalog: Catalog): Map<string, string> {
  const files = new Map<string, string>();
  files.set('index.html', indexPage(catalog));
  files.set('people.html', peoplePage(catalog));
  files.set('super-properties.html', superPropertiesPage(catalog));
  files.set('definitions.html', definitionsPage(catalog));
  files.set('changes.html', changesPage(catalog));
  for (const event of catalog.events) files.set(`events/${event.slug}.html`, eventPage(catalog, event));
  const index = { events: catalog.events.map((e) => ({ slug: e.slug, status: e.status, products: e.products, sides: e.sides, search: e.search })) };
  files.set('assets/catalog-index.js', `window.TRACKPLAN_CATALOG = ${scriptJson(index)};\n`);
  files.set('assets/catalog.js', CATALOG_JS);
  files.set('assets/catalog.css', CATALOG_CSS);
  files.set(CATALOG_DATA_FILE, `${JSON.stringify(catalog, null, 2)}\n`);
  // GitHub Pages would otherwise run the folder through Jekyll.
  files.set('.nojekyll', '');
  return files;
}
