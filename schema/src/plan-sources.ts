import type { SourceLocation } from './diagnostic.js';
import type { NodePath, SourceDocument } from './source/source-document.js';

/** The sections whose entries may come from included files. */
export const MERGED_SECTIONS = ['$defs', 'events', 'superProperties', 'people'] as const;
export type MergedSection = (typeof MERGED_SECTIONS)[number];

/**
 * The files a plan was read from, and which file each merged entry came from, so a position in the
 * merged plan maps back to the file and line where it is written.
 */
export class PlanSources {
  readonly #origins = new Map<string, SourceDocument>();

  constructor(
    readonly main: SourceDocument,
    readonly includes: readonly SourceDocument[] = [],
  ) {}

  get files(): string[] {
    return [this.main.file, ...this.includes.map((d) => d.file)];
  }

  /** Records that `section.key` is written in `doc`. */
  setOrigin(section: MergedSection, key: string, doc: SourceDocument): void {
    this.#origins.set(`${section}\0${key}`, doc);
  }

  originOf(section: MergedSection, key: string): SourceDocument {
    return this.#origins.get(`${section}\0${key}`) ?? this.main;
  }

  locate(path: NodePath, target: 'key' | 'value' = 'value'): SourceLocation {
    const [section, key] = path;
    const doc = typeof section === 'string' && key !== undefined ? this.#origins.get(`${section}\0${key}`) : undefined;
    return (doc ?? this.main).locate(path, target);
  }
}
