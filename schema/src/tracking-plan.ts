import { dirname, isAbsolute, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ValidateFunction } from 'ajv';
import type { PlanSections } from './build-model.js';
import type { SourceLocation } from './diagnostic.js';
import type { CheckSettings, CodeSettings, Conventions, EventDefinition, Identity, JsonSchema, PeopleProperty, Product, PropertyDefinition } from './model.js';
import { looseName } from './naming/loose-name.js';
import type { PlanSources } from './plan-sources.js';
import { ValidatorCache, objectSchema, toAjvSchema } from './property-validators.js';
import { RESERVED_EVENT_PROPERTIES, RESERVED_PEOPLE_PROPERTIES } from './reserved-properties.js';
import type { NodePath } from './source/source-document.js';

/**
 * A loaded tracking plan: read-only sections, look-ups by eventName, and ajv validators compiled
 * on first use. One instance is shared by every rule, command and check that reads the plan.
 */
export class TrackingPlan {
  /** Absolute path of the main plan file. */
  readonly file: string;
  /** Every file the plan was read from: the main file first, then its includes. */
  readonly files: readonly string[];
  readonly formatVersion: number;
  readonly conventions: Conventions;
  readonly products: ReadonlyMap<string, Product>;
  readonly code: CodeSettings;
  /** Severities for `trackplan check`. */
  readonly check: CheckSettings;
  readonly defs: ReadonlyMap<string, JsonSchema>;
  readonly events: ReadonlyMap<string, EventDefinition>;
  readonly superProperties: ReadonlyMap<string, PropertyDefinition>;
  readonly people: ReadonlyMap<string, PeopleProperty>;
  readonly identity: Identity;
  /** Which optional sections the plan has: an absent one is not checked (gradual adoption). */
  readonly governs: PlanSections['governs'];

  readonly #sources: PlanSources;
  readonly #byEventName = new Map<string, EventDefinition>();
  #byLooseEventName: Map<string, EventDefinition[]> | undefined;
  readonly #validators = new ValidatorCache();
  readonly #bySchemaObject = new WeakMap<JsonSchema, ValidateFunction>();
  #productMatchers: { name: string; matches: (path: string) => boolean }[] | undefined;
  #folder: string | undefined;

  constructor(sections: PlanSections, sources: PlanSources) {
    this.file = sources.main.file;
    this.files = sources.files;
    this.formatVersion = sections.formatVersion;
    this.conventions = sections.conventions;
    this.products = sections.products;
    this.code = sections.code;
    this.check = sections.check;
    this.defs = sections.defs;
    this.events = sections.events;
    this.superProperties = sections.superProperties;
    this.people = sections.people;
    this.identity = sections.identity;
    this.governs = sections.governs;
    this.#sources = sources;
    for (const event of this.events.values()) {
      if (!this.#byEventName.has(event.eventName)) this.#byEventName.set(event.eventName, event);
    }
    Object.freeze(this);
  }

  /** The event sent as exactly `eventName`. */
  eventByName(eventName: string): EventDefinition | undefined {
    return this.#byEventName.get(eventName);
  }

  /** Events whose eventName equals `name` but for case and separators (`user_signs_up` → `User signs up`). */
  eventsByLooseName(name: string): readonly EventDefinition[] {
    // Built on first use: only suggestions need it.
    if (!this.#byLooseEventName) {
      this.#byLooseEventName = new Map();
      for (const event of this.events.values()) {
        const loose = looseName(event.eventName);
        const similar = this.#byLooseEventName.get(loose);
        if (similar) similar.push(event);
        else this.#byLooseEventName.set(loose, [event]);
      }
    }
    return this.#byLooseEventName.get(looseName(name)) ?? [];
  }

  /** Validates an event's properties object; compiled on first use and cached. */
  eventValidator(key: string): ValidateFunction | undefined {
    const event = this.events.get(key);
    if (!event) return undefined;
    return this.#validators.get(`event\0${key}`, () => objectSchema(event.properties, event.required, event.additionalProperties, RESERVED_EVENT_PROPERTIES));
  }

  /** Validates what `register` / `register_once` send. */
  superPropertiesValidator(): ValidateFunction {
    return this.#validators.get('superProperties', () => objectSchema(this.superProperties, [], false, RESERVED_EVENT_PROPERTIES));
  }

  /**
   * Validates one property's value. Validators are shared by schema content, so the many events
   * that use the same `$defs` entry or the same inline schema compile it once.
   */
  propertyValidator(schema: JsonSchema): ValidateFunction {
    let validate = this.#bySchemaObject.get(schema);
    if (!validate) {
      const ajvSchema = toAjvSchema(schema);
      validate = this.#validators.get(`property\0${JSON.stringify(ajvSchema)}`, () => ajvSchema);
      this.#bySchemaObject.set(schema, validate);
    }
    return validate;
  }

  /** Validates what people updates set. */
  peopleValidator(): ValidateFunction {
    return this.#validators.get('people', () => objectSchema(this.people, [], false, RESERVED_PEOPLE_PROPERTIES));
  }

  /** The products whose `paths` globs (relative to the plan's folder) match `file`. */
  productsForFile(file: string): string[] {
    this.#productMatchers ??= [...this.products.values()]
      .filter((p) => p.paths.length > 0)
      .map((p) => ({ name: p.name, matches: picomatch(p.paths as string[], { dot: true }) }));
    // Most files are under the plan's folder: a prefix is cheaper than path.relative, run per file.
    const folder = (this.#folder ??= dirname(this.file) + sep);
    const path = !isAbsolute(file) ? file : file.startsWith(folder) ? file.slice(folder.length) : relative(dirname(this.file), file);
    const posixPath = path.split('\\').join('/');
    return this.#productMatchers.filter((m) => m.matches(posixPath)).map((m) => m.name);
  }

  /** Where a node of the plan is written, in whichever file it came from. */
  locate(path: NodePath, target: 'key' | 'value' = 'value'): SourceLocation {
    return this.#sources.locate(path, target);
  }
}
