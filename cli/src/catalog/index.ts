// What the GitHub Action uses of `trackplan catalog`: the same site, written for a Pages deploy step.
export { MAX_HISTORY, repositoryUrl, writeCatalog, type CatalogOptions, type WrittenCatalog } from './write-catalog.js';
