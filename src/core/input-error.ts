/**
 * A problem with what the user typed. `message` is the full Indonesian sentence shown for a
 * single-value call or in a finding; `short` is the few words shown in a cell of a range result
 * (without the leading `#`). Any other error is a bug.
 */
export class InputError extends Error {
  readonly short: string;
  constructor(message: string, short?: string) {
    super(message);
    this.name = 'InputError';
    this.short = short ?? message;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

/** An InputError tied to one cell of a range argument (0-based offsets within the range). */
export class CellInputError extends InputError {
  constructor(
    message: string,
    short: string,
    readonly row: number,
    readonly col: number,
  ) {
    super(message, short);
    this.name = 'CellInputError';
  }
}
