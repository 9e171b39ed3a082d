import type { ErrorObject, ValidateFunction } from 'ajv';
import { error, type Diagnostic } from './diagnostic.js';
import { decodePointerSegment } from './json-pointer.js';
import { validateInclude, validatePlan } from './generated/plan-format-validator.js';
import type { NodePath, SourceDocument } from './source/source-document.js';
import { didYouMean } from './suggest.js';

/**
 * The JSON Schema of the plan format, shipped as `@trackplan/schema/tracking-plan.schema.json`: its
 * `file:` URL as a string, so the published types need no Node or DOM `URL` type.
 */
export const PLAN_FORMAT_SCHEMA_URL: string = new URL('../tracking-plan.schema.json', import.meta.url).href;

// Compiled ahead of time from tracking-plan.schema.json (scripts/generate-format-validator.js).
const validators = { plan: validatePlan as ValidateFunction, include: validateInclude as ValidateFunction };

/** Checks a plan file (or a file it includes) against the plan format; every error at its node. */
export function checkFormat(doc: SourceDocument, kind: 'plan' | 'include'): Diagnostic[] {
  const validate = validators[kind];
  if (validate(doc.value)) return [];
  return describeErrors(validate.errors ?? []).map(({ path, target, message }) => error(doc.locate(path, target), message));
}

interface FormatProblem {
  readonly path: NodePath;
  readonly target: 'key' | 'value';
  readonly message: string;
}

/**
 * One problem, one message. The meta-schema can fail one value several ways (an enum inside an
 * anyOf reached through a $ref), and a misspelt key is both unknown and a missing required key:
 * each is said once, the most helpful way (with its did-you-mean).
 */
function describeErrors(errors: readonly ErrorObject[]): FormatProblem[] {
  // An anyOf that failed says it once; the failures of each of its branches are noise.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
  const described = errors
    .filter((e) => !anyOfPaths.some((p) => e.schemaPath.startsWith(p)) && e.keyword !== 'allOf')
    .map((e) => ({ e, problem: describeError(e) }));
  // Keys the unknown-key messages suggest, per object: the `required` error for them is the same problem.
  const suggested = new Set(
    described
      .filter(({ e }) => e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties')
      .flatMap(({ e, problem }) => {
        const hint = /\(did you mean `([^`]+)`\?\)$/.exec(problem.message)?.[1];
        return hint ? [`${e.instancePath}\0${hint}`] : [];
      }),
  );
  // Several complaints about one value: one with a suggestion wins, then the anyOf's description
  // of what is allowed, then the first.
  const rank = ({ e, problem }: (typeof described)[number]): number => (problem.message.includes('(did you mean') ? 2 : e.keyword === 'anyOf' ? 1 : 0);
  const byNode = new Map<string, (typeof described)[number]>();
  for (const item of described) {
    const { e, problem } = item;
    if (e.keyword === 'required' && suggested.has(`${e.instancePath}\0${(e.params as { missingProperty: string }).missingProperty}`)) continue;
    const id = problem.target === 'value' && e.keyword !== 'required' ? `${problem.path.join('/')}\0value` : `${problem.path.join('/')}\0${problem.message}`;
    const kept = byNode.get(id);
    if (!kept || rank(item) > rank(kept)) byNode.set(id, item);
  }
  return [...byNode.values()].map(({ problem }) => problem);
}

function describeError(e: ErrorObject): FormatProblem {
  const path = pointerToPath(e.instancePath);
  const where = describePath(path);
  switch (e.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(
        (e.params as { additionalProperty?: string; unevaluatedProperty?: string }).additionalProperty ??
          (e.params as { unevaluatedProperty?: string }).unevaluatedProperty,
      );
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { path: [...path, key], target: 'key', message: `unknown key \`${key}\`${where ? ` in ${where}` : ''}${didYouMean(key, allowed)}` };
    }
    case 'required':
      return { path, target: 'value', message: `${where || 'the plan'} is missing \`${(e.params as { missingProperty: string }).missingProperty}\`` };
    case 'type':
      return { path, target: 'value', message: `${where || 'the plan'} must be ${article((e.params as { type: string }).type)}` };
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return { path, target: 'value', message: `${where} must be one of: ${allowed.join(', ')}${didYouMean(String(e.data), allowed)}` };
    }
    case 'anyOf':
      return { path, target: 'value', message: `${where}: ${(e.parentSchema as { description?: string } | undefined)?.description ?? 'is not valid'}` };
    default:
      return { path, target: 'value', message: `${where || 'the plan'} ${e.message ?? 'is not valid'}` };
  }
}

const article = (type: string): string =>
  type
    .split(',')
    .map((t) => (t === 'array' || t === 'integer' || t === 'object' ? `an ${t}` : t === 'null' ? 'null' : `a ${t}`))
    .join(' or ');

/** `/events/a~1b/products/0` → ['events', 'a/b', 'products', 0]. */
function pointerToPath(pointer: string): NodePath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map(decodePointerSegment)
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** A path as people write it in messages: events.userSignsUp.products[0]. */
export function describePath(path: NodePath): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${segment}`)).join('');
}
