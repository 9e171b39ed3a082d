import { type JsonSchema } from '@trackplan/schema';

/** An event as another tool describes it, before it becomes part of a trackplan plan. */
export interface ImportedEvent {
  readonly name: string;
  readonly description: string | undefined;
  readonly properties: Readonly<Record<string, JsonSchema>>;
  readonly required: readonly string[];
  /** Deprecated or archived in the source tool. */
  readonly deprecated: boolean;
  /** Where it came from, for notes: `rules[3] (Order Completed v2)`. */
  readonly origin: string;
}

export interface ImportedPlan {
  readonly events: readonly ImportedEvent[];
  readonly people: Readonly<Record<string, JsonSchema>>;
  /** What could not be carried over, one line each. */
  readonly notes: readonly string[];
}

export { isObject } from '@trackplan/schema';
export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
