/**
 * How a command stops early: with a message already in the user's language and the exit code it means.
 * 1 = the input was read but failed a check (an invalid pack, a refused choice, a bad credential);
 * 2 = the command line itself is wrong (unknown command or flag, a missing file or argument).
 */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';
  readonly exitCode: 1 | 2;
  /** Further lines printed after the message (e.g. every issue of a pack). */
  readonly details: readonly string[];
  constructor(exitCode: 1 | 2, message: string, details: readonly string[] = []) {
    super(message);
    this.exitCode = exitCode;
    this.details = details;
  }
}

/** A usage error: exit code 2, one line. */
export const usageError = (message: string) => new CliFailure(2, message);
/** A check that failed on readable input: exit code 1. */
export const checkFailure = (message: string, details: readonly string[] = []) =>
  new CliFailure(1, message, details);
