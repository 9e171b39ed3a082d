export type { Diagnostic, DiagnosticSeverity, SourceLocation } from './diagnostic.js';
export { compareDiagnostics, hasErrors } from './diagnostic.js';
export type {
  ArgumentPosition,
  CaseStyle,
  CheckSettings,
  RuleSetting,
  CodeSettings,
  Conventions,
  EventDefinition,
  Identity,
  JsonSchema,
  PeopleProperty,
  Product,
  PropertyDefinition,
  Side,
  Status,
  Tracker,
  TrackerKind,
} from './model.js';
export { PLAN_KEYWORDS } from './model.js';
export { loadPlan, SUPPORTED_FORMAT_VERSION, type LoadResult } from './load-plan.js';
export { findPlan, isFile, planFileIn, PLAN_FILE_NAMES } from './find-plan.js';
export { PlanCache, planCache, type CacheEntry } from './memory-plan-cache.js';
export { describeFsError, fileSystemReader, PlanReadError, type PlanReader } from './plan-reader.js';
export { readRegularFile, type UnreadableReason } from './read-regular-file.js';
export { TrackingPlan } from './tracking-plan.js';
export { PLAN_FORMAT_SCHEMA_URL } from './check-format.js';
export { toAjvSchema } from './property-validators.js';
export { closestNames, didYouMean } from './suggest.js';
export { looseName } from './naming/loose-name.js';
export { conformsTo, splitWords, toCaseStyle } from './naming/case-style.js';
export { isMixpanelNamespaced, RESERVED_EVENT_PROPERTIES, RESERVED_PEOPLE_PROPERTIES, SDK_EVENT_PROPERTIES } from './reserved-properties.js';
export {
  isReservedBy,
  isSdkNamespaced,
  RESERVED_BY_VENDOR,
  reservedNamesFor,
  vendorsReserving,
  type ReservedSection,
  type Vendor,
  type VendorReservedNames,
} from './reserved/index.js';
export type { NodePath } from './source/source-document.js';
export { TRACKPLAN_VERSION } from './version.js';
export { decodePointerSegment } from './json-pointer.js';
export type { Change, ChangeKind, ChangeSection, Severity } from './diff/change.js';
export { CHANGE_KINDS, SEVERITIES } from './diff/change.js';
export { FAIL_ON, meetsFailOn, type FailOn } from './diff/fail-on.js';
export { diffPlans, EMPTY_PLAN, summarize, type DiffablePlan, type PlanDiff } from './diff/diff-plans.js';
export { reportProducts } from './render/report-products.js';
export { renderText } from './render/render-text.js';
export { renderJson } from './render/render-json.js';
export { buildCatalog, type CatalogInput, type PlanRevision } from './catalog/build-catalog.js';
export { renderCatalogSite, CATALOG_DATA_FILE } from './catalog/render-catalog-site.js';
export { catalogsIndexPage } from './catalog/catalog-pages.js';
export type { CallSite, Catalog, CatalogEvent, CatalogProperty } from './catalog/catalog-model.js';
export { GITHUB_COMMENT_LIMIT, renderMarkdown, type MarkdownOptions, type ReportProduct } from './render/render-markdown.js';
export { codeSpan, escapeText, mention } from './render/markdown-escape.js';
export { gitPlanReader, GitError, repositoryRoot, resolveRevision } from './git-plan-reader.js';
export { CASE_STYLES, detectStyle, eventKeyFor } from './naming/detect-style.js';
export * from './judge/index.js';

// What the command line (the `trackplan` package) and other front-ends build on.
export { dictionary } from './dictionary.js';
export { isObject } from './merge-includes.js';
export { findPlans } from './find-plans.js';
export { repositoryFiles } from './repository-files.js';
export { readCodeSection } from './code-section.js';
export { parsePlanFile } from './source/parse-plan-file.js';
export { sameJson } from './diff/same-json.js';
export { visibleText } from './render/visible-text.js';
export { linearRegExpProblem } from './linear-regexp.js';
