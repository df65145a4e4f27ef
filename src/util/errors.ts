/**
 * A problem with the user's input or configuration: a file that cannot be
 * read, a table with no duty column, a model that fails its schema. The CLI
 * prints `file: message` on one line and exits with code 2.
 */
export class InputError extends Error {
  constructor(
    /** The file (or flag) at fault, as the user gave it. */
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** One line: `file: message`. */
  toLine(): string {
    return `${this.file}: ${this.message}`;
  }
}

/**
 * No input yielded any duties: bad input (exit 2), not an empty success.
 * Carries the files that could not be read and the remarks made while
 * reading (which name each file that yielded nothing), so the CLI can
 * print them before this line.
 */
export class NothingReadError extends InputError {
  constructor(
    file: string,
    files: number,
    /** Files that could not be read. */
    readonly errors: readonly InputError[],
    /** Non-fatal remarks made while reading the inputs. */
    readonly warnings: readonly string[],
  ) {
    super(file, nothingReadMessage(files));
  }
}

/** What a run in which no input yielded duties says, with the hint. */
export function nothingReadMessage(files: number): string {
  return `no input yielded any duties (${files} ${files === 1 ? 'file' : 'files'} read); see why with: dutylens extract FILE --explain`;
}
