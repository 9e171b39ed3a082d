import { UsageError, type CliIo } from './cli-io.js';

/** Asks before changing a Mixpanel project; without a terminal, only `--yes` goes ahead. */
export async function confirm(io: CliIo, yes: boolean, question: string): Promise<boolean> {
  if (yes) return true;
  if (!io.interactive || !io.ask) throw new UsageError('this changes the Mixpanel project and there is no terminal to confirm on: add --yes');
  const answer = (await io.ask(`${question} [y/N] `)).trim().toLowerCase();
  if (answer === 'y' || answer === 'yes') return true;
  io.stderr('trackplan: nothing was changed.');
  return false;
}
