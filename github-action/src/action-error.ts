/** A problem the user can fix (a missing input, a shallow checkout): one clear line, no stack trace. */
export class ActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActionError';
  }
}
