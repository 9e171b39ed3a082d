import { dirname, resolve } from 'node:path';
import { buildModel } from './build-model.js';
import { readCodeSection } from './code-section.js';
import type { CodeSettings } from './model.js';
import { checkFormat } from './check-format.js';
import { runPlanChecks } from './checks/index.js';
import { compareDiagnostics, error, hasErrors, type Diagnostic } from './diagnostic.js';
import { includePatternProblem } from './include-files.js';
import { isObject, mergeIncludes } from './merge-includes.js';
import { PlanSources } from './plan-sources.js';
import { fileSystemReader, PlanReadError, type PlanReader } from './plan-reader.js';
import { RefResolver } from './resolve-refs.js';
import { contentHash, readCachedLoad, writeCachedLoad } from './disk-load-cache.js';
import { documentFromValue, parsePlanFile } from './source/parse-plan-file.js';
import type { SourceDocument } from './source/source-document.js';
import { TrackingPlan } from './tracking-plan.js';
import { TRACKPLAN_VERSION } from './version.js';

/** The plan format versions this trackplan reads. */
export const SUPPORTED_FORMAT_VERSION = 1;

export interface LoadResult {
  /** The model, when the plan could be built (it may still carry errors: see `valid`). */
  readonly plan: TrackingPlan | undefined;
  /** True when no diagnostic is an error; warnings are allowed. */
  readonly valid: boolean;
  /** Every problem found, errors and warnings, in file and line order. */
  readonly diagnostics: readonly Diagnostic[];
  /** The files read: the plan and everything it includes. */
  readonly files: readonly string[];
  /**
   * The `code` section (wrappers, ignored files) whenever the main file could be parsed, even when
   * the plan is invalid: callers still find the calls that the plan's problem must be reported at.
   */
  readonly code: CodeSettings | undefined;
}

/**
 * Reads, parses and checks a plan and the files it includes. Invalid plans are reported through
 * diagnostics, every problem at once; only a plan file that cannot be read at all throws
 * (`PlanReadError`).
 */
export function loadPlan(file: string, reader: PlanReader = fileSystemReader): LoadResult {
  const path = resolve(file);
  const text = reader.readText(path);
  if (reader.cacheable) {
    const cached = fromCache(path, text, reader);
    if (cached) return cached;
  }
  const parsed = parsePlanFile(path, text);
  if (!parsed.ok) return result(undefined, parsed.diagnostics, [path]);
  const main = parsed.document;
  const code = readCodeSection(main.value);

  const shape = checkTopLevel(main);
  if (shape.length > 0) return result(undefined, shape, [path], code);

  const { includes, hashes, diagnostics: includeProblems } = readIncludes(main, reader);
  const sources = new PlanSources(main, includes);
  const formatProblems = [...checkFormat(main, 'plan'), ...includes.flatMap((doc) => checkFormat(doc, 'include')), ...includeProblems];
  if (hasErrors(formatProblems)) return result(undefined, formatProblems, sources.files, code);

  const { plan: raw, diagnostics: mergeProblems } = mergeIncludes(sources);
  const refs = new RefResolver(isObject(raw.$defs) ? raw.$defs : {}, sources);
  const plan = new TrackingPlan(buildModel(raw, refs), sources);
  const diagnostics = [...mergeProblems, ...refs.diagnostics, ...runPlanChecks({ plan, raw })];
  const loaded = result(plan, diagnostics, sources.files);
  if (reader.cacheable) {
    const files = [main, ...includes].map((doc) => ({ path: doc.file, hash: doc.file === path ? contentHash(text) : hashes.get(doc.file)!, value: doc.value }));
    writeCachedLoad(path, { version: TRACKPLAN_VERSION, files, diagnostics: loaded.diagnostics });
  }
  return loaded;
}

/**
 * The plan from the load cache, when every file it was read from is unchanged (and the include
 * globs match the same files): the model is rebuilt from the cached values, and the format check and
 * the checks are skipped, their diagnostics kept with the entry.
 */
function fromCache(path: string, text: string, reader: PlanReader): LoadResult | undefined {
  const entry = readCachedLoad(path);
  if (!entry || entry.files[0]!.hash !== contentHash(text)) return undefined;
  const main = documentFromValue(path, text, entry.files[0]!.value);
  const patterns = isObject(main.value) && Array.isArray(main.value.include) ? main.value.include.map(String) : [];
  const included = [
    ...new Set(
      patterns
        .filter((p) => !includePatternProblem(p))
        .flatMap((p) => reader.include(p, dirname(path)).files)
        .filter((f) => f !== path),
    ),
  ];
  const cachedIncludes = entry.files.slice(1);
  if (included.length !== cachedIncludes.length || included.some((f, i) => f !== cachedIncludes[i]!.path)) return undefined;
  const includes = [];
  for (const cachedFile of cachedIncludes) {
    const includeText = reader.readText(cachedFile.path);
    if (contentHash(includeText) !== cachedFile.hash) return undefined;
    if (cachedFile.value !== null) includes.push(documentFromValue(cachedFile.path, includeText, cachedFile.value));
  }
  const sources = new PlanSources(main, includes);
  const { plan: raw } = mergeIncludes(sources);
  const plan = new TrackingPlan(buildModel(raw, new RefResolver(isObject(raw.$defs) ? raw.$defs : {}, sources)), sources);
  return { plan, valid: !hasErrors(entry.diagnostics), diagnostics: entry.diagnostics, files: entry.files.map((f) => f.path), code: plan.code };
}

function result(plan: TrackingPlan | undefined, diagnostics: readonly Diagnostic[], files: readonly string[], code = plan?.code): LoadResult {
  const sorted = dedupe([...diagnostics]).sort(compareDiagnostics);
  return { plan, valid: !hasErrors(sorted), diagnostics: sorted, files, code };
}

const dedupe = (diagnostics: Diagnostic[]): Diagnostic[] => {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const id = `${d.location.file}:${d.location.line}:${d.location.column}:${d.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
};

/** A plan is a mapping with a format version this trackplan reads; anything else stops here. */
function checkTopLevel(doc: SourceDocument): Diagnostic[] {
  if (doc.value === null || doc.value === undefined) return [error(doc.locate([]), 'the plan is empty: start it with `version: 1`')];
  if (!isObject(doc.value)) return [error(doc.locate([]), 'a plan must be a mapping of sections (version, events, ...)')];
  const { version } = doc.value;
  // JSON Schema's `integer` lets Infinity through (`.inf`, `1e309`): format versions are whole numbers.
  if (typeof version === 'number' && !Number.isSafeInteger(version)) {
    return [
      error(
        doc.locate(['version']),
        `version must be a whole number, the plan format version (\`version: ${SUPPORTED_FORMAT_VERSION}\`), not ${String(version)}`,
      ),
    ];
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > SUPPORTED_FORMAT_VERSION) {
    return [
      error(
        doc.locate(['version']),
        `this plan uses format version ${version}, which needs a newer trackplan than ${TRACKPLAN_VERSION} (it reads format version ${SUPPORTED_FORMAT_VERSION}): upgrade @trackplan/schema`,
      ),
    ];
  }
  return [];
}

/** Reads every file named by `include` (paths or globs relative to the plan); problems are diagnostics. */
function readIncludes(main: SourceDocument, reader: PlanReader): { includes: SourceDocument[]; hashes: Map<string, string>; diagnostics: Diagnostic[] } {
  const patterns = isObject(main.value) && Array.isArray(main.value.include) ? main.value.include : [];
  const includes: SourceDocument[] = [];
  // Content hashes for the load cache, taken while the text is at hand.
  const hashes = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const seen = new Set([main.file]);
  patterns.forEach((pattern, i) => {
    if (typeof pattern !== 'string') return;
    const refused = includePatternProblem(pattern);
    if (refused) {
      diagnostics.push(error(main.locate(['include', i]), refused));
      return;
    }
    const { files: matched, problems } = reader.include(pattern, dirname(main.file));
    diagnostics.push(...problems.map((problem) => error(main.locate(['include', i]), problem)));
    if (matched.length === 0 && problems.length === 0) diagnostics.push(error(main.locate(['include', i]), `include \`${pattern}\` matches no file`));
    for (const file of matched.filter((f) => !seen.has(f))) {
      seen.add(file);
      let text: string;
      try {
        text = reader.readText(file);
      } catch (e) {
        if (!(e instanceof PlanReadError)) throw e;
        diagnostics.push(error(main.locate(['include', i]), `cannot read included file ${file}: ${e.message}`));
        continue;
      }
      if (reader.cacheable) hashes.set(file, contentHash(text));
      const parsed = parsePlanFile(file, text);
      if (!parsed.ok) diagnostics.push(...parsed.diagnostics);
      else if (parsed.document.value !== null) includes.push(parsed.document);
    }
  });
  return { includes, hashes, diagnostics };
}
