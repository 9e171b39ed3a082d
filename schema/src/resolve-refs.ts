import { error, type Diagnostic } from './diagnostic.js';
import { decodePointerSegment } from './json-pointer.js';
import { isObject, type RawObject } from './merge-includes.js';
import type { JsonSchema } from './model.js';
import type { PlanSources } from './plan-sources.js';
import type { NodePath } from './source/source-document.js';
import { expandedSize } from './source/value-bounds.js';
import { didYouMean } from './suggest.js';

const REF_PREFIX = '#/$defs/';
/** How long a chain of `$defs` referring to `$defs` may be. */
export const MAX_REF_DEPTH = 32;
/** How many schema nodes one property may hold once its `$ref`s are expanded (they are shared, not copied, in memory). */
export const MAX_EXPANDED_SCHEMA = 10_000;

/**
 * Inlines `$ref: "#/$defs/name"` in property schemas. Keys written beside a `$ref` win over the
 * definition's (`{ $ref: ..., owner: server }`). Each definition is resolved once.
 */
export class RefResolver {
  readonly diagnostics: Diagnostic[] = [];
  readonly #resolved = new Map<string, JsonSchema>();
  readonly #resolving = new Set<string>();
  #chainReported = false;

  constructor(
    private readonly defs: RawObject,
    private readonly sources: PlanSources,
  ) {}

  /** The schema at `path` with every `$ref` inlined, and the definition it referred to, if any. */
  resolve(schema: unknown, path: NodePath): { schema: JsonSchema; ref: string | undefined } {
    if (!isObject(schema)) return { schema: {}, ref: undefined };
    // Most properties have nothing to inline: share the parsed object instead of copying it.
    if (!('$ref' in schema) && !isObject(schema.items) && !isObject(schema.properties)) return { schema, ref: undefined };
    const { $ref, ...rest } = schema;
    let base: JsonSchema = {};
    let ref: string | undefined;
    if (typeof $ref === 'string') {
      ref = this.#refName($ref, [...path, '$ref']);
      if (ref !== undefined) base = this.#definition(ref, [...path, '$ref']);
    }
    return { schema: { ...base, ...this.#resolveChildren(rest, path) }, ref };
  }

  #refName(ref: string, path: NodePath): string | undefined {
    const name = ref.startsWith(REF_PREFIX) ? decodePointerSegment(ref.slice(REF_PREFIX.length)) : undefined;
    if (name === undefined) {
      this.diagnostics.push(error(this.sources.locate(path), `\`$ref: ${ref}\` must point into this plan's $defs, as \`#/$defs/<name>\``));
      return undefined;
    }
    if (!Object.hasOwn(this.defs, name)) {
      this.diagnostics.push(error(this.sources.locate(path), `unresolved \`$ref: ${ref}\`: no \`$defs.${name}\`${didYouMean(name, Object.keys(this.defs))}`));
      return undefined;
    }
    return name;
  }

  /** A `$defs` entry with its own `$ref`s inlined. */
  definition(name: string): JsonSchema {
    return this.#definition(name, ['$defs', name]);
  }

  #definition(name: string, usedAt: NodePath): JsonSchema {
    const cached = this.#resolved.get(name);
    if (cached) return cached;
    if (this.#resolving.has(name)) {
      this.diagnostics.push(error(this.sources.locate(usedAt), `circular \`$ref\`: \`$defs.${name}\` refers back to itself`));
      return {};
    }
    if (this.#resolving.size >= MAX_REF_DEPTH) {
      if (this.#chainReported) return {};
      this.#chainReported = true;
      this.diagnostics.push(
        error(
          this.sources.locate(usedAt),
          `\`$ref\` chain longer than ${MAX_REF_DEPTH} definitions (through \`$defs.${name}\`); refer to the definition you mean directly`,
        ),
      );
      return {};
    }
    this.#resolving.add(name);
    const { schema } = this.resolve(this.defs[name], ['$defs', name]);
    this.#resolving.delete(name);
    // Definitions are shared objects; whatever walks a schema (the diff, codegen, ajv) walks it whole.
    if (expandedSize(schema, MAX_EXPANDED_SCHEMA) >= MAX_EXPANDED_SCHEMA) {
      this.diagnostics.push(
        error(
          this.sources.locate(['$defs', name]),
          `\`$defs.${name}\` expands to more than ${MAX_EXPANDED_SCHEMA} schema nodes through its \`$ref\`s; no property needs that much`,
        ),
      );
      this.#resolved.set(name, {});
      return {};
    }
    this.#resolved.set(name, schema);
    return schema;
  }

  #resolveChildren(schema: RawObject, path: NodePath): RawObject {
    const result: RawObject = { ...schema };
    if (isObject(schema.items)) result.items = this.resolve(schema.items, [...path, 'items']).schema;
    if (isObject(schema.properties)) {
      result.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([key, child]) => [key, this.resolve(child, [...path, 'properties', key]).schema]),
      );
    }
    return result;
  }
}
