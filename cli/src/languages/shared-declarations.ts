import type { KnownValue } from '@trackplan/schema';
import type { Declarations, SharedDeclarations } from './language.js';

/** A lookup as a file saw it, to tell later whether the run's final declarations would answer the same. */
type Seen = Map<string, string>;

/** Lookups that found no client: in the file's text, or under a module (`under:app.analytics`). */
const NAMED_IN_TEXT = 'named-in-text';
const UNDER = 'under:';

const keyOf = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value));

/**
 * The declarations of one language across a run: a name declared twice with different values is
 * no longer known (two modules' `Events.SIGN_UP` must not guess). Files read before a declaration
 * are read again when what they looked up has changed by the end of the run; files that make
 * clients are read first, so that the others know which of their names hold one.
 */
export class DeclarationTable {
  private readonly constants = new Map<string, KnownValue | null>();
  private readonly clients = new Map<string, string | null>();
  /** The dotted prefixes of the client names (`app.analytics` of `app.analytics.mp`), kept as names are added. */
  private readonly prefixes = new Set<string>();

  add(declarations: Declarations): void {
    for (const [name, value] of declarations.constants) merge(this.constants, name, value);
    for (const [name, client] of declarations.clients) {
      merge(this.clients, name, client);
      for (let i = name.lastIndexOf('.'); i > 0; i = name.lastIndexOf('.', i - 1)) this.prefixes.add(name.slice(0, i));
    }
  }

  /** The table as one file sees it, recording what it asks. */
  view(): { shared: SharedDeclarations; seen: Seen } {
    const seen: Seen = new Map();
    const record = <T>(kind: string, name: string, value: T | undefined): T | undefined => {
      seen.set(`${kind}:${name}`, keyOf(value));
      return value;
    };
    // A "no client" is asked again at the end of the run: a file read later may have declared one.
    const noClient = (key: string): false => {
      seen.set(key, '');
      return false;
    };
    return {
      shared: {
        constant: (name) => record('constant', name, this.constants.get(name) ?? undefined),
        client: (name) => record('client', name, this.clients.get(name) ?? undefined),
        hasClientsUnder: (module) => this.prefixes.has(module) || noClient(`${UNDER}${module}`),
        namesClientIn: (text) => this.namesClientIn(text) || noClient(NAMED_IN_TEXT),
      },
      seen,
    };
  }

  /** Whether a dotted name in the text, or its start, holds a client: `Tracking.analytics.track(...)` names `Tracking.analytics`. */
  private namesClientIn(text: string): boolean {
    if (this.clients.size === 0) return false;
    for (const [chain] of text.matchAll(/[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/g)) {
      for (let end = chain.indexOf('.'); ; end = chain.indexOf('.', end + 1)) {
        if (this.clients.get(end === -1 ? chain : chain.slice(0, end))) return true;
        if (end === -1) break;
      }
    }
    return false;
  }

  /** Would this file's lookups be answered differently now? (`text` is the file's, for "does it name a client".) */
  changedFor(seen: Seen, text: string): boolean {
    for (const [key, was] of seen) {
      if (key === NAMED_IN_TEXT) {
        if (this.namesClientIn(text)) return true;
        continue;
      }
      if (key.startsWith(UNDER)) {
        if (this.prefixes.has(key.slice(UNDER.length))) return true;
        continue;
      }
      const [kind, ...rest] = key.split(':');
      const name = rest.join(':');
      const now = (kind === 'constant' ? this.constants.get(name) : this.clients.get(name)) ?? undefined;
      if (keyOf(now) !== was) return true;
    }
    return false;
  }
}

function merge<T>(table: Map<string, T | null>, name: string, value: T): void {
  const existing = table.get(name);
  if (existing === undefined) table.set(name, value);
  else if (existing !== null && keyOf(existing) !== keyOf(value)) table.set(name, null);
}
