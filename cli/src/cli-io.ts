/** What a command may touch: passed in, so commands run the same from the bin and from tests. */
export interface CliIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour is used only on a terminal, and never with NO_COLOR set. */
  readonly color: boolean;
  /** A person can answer questions (stdin and stderr are terminals). */
  readonly interactive?: boolean;
  /** Asks a question on the terminal and returns the answer. */
  readonly ask?: (question: string) => Promise<string>;
  /** Redraws a one-line progress indicator (terminals only). */
  readonly progress?: (line: string) => void;
}

/** A mistake in how the command was called, or a file it could not read: exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const wantsColor = (stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean => stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
