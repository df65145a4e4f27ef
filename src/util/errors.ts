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

/**
 * A command line the CLI cannot act on: an unknown flag, a flag value out of
 * range, a missing argument, a bad environment variable. Exit code 2 like
 * any bad input; the CLI adds a pointer to `--help` instead of printing it.
 */
export class UsageError extends InputError {
  constructor(
    /** The flag, argument or variable at fault (`--level`, `DUTYLENS_NOW`). */
    flag: string,
    message: string,
    /** The command whose `--help` explains the usage (`analyze`), or null for the program. */
    readonly command: string | null = null,
  ) {
    super(flag, message);
    this.name = 'UsageError';
  }

  /** One line: `flag: message`, or the message alone when it is about the command line as a whole. */
  override toLine(): string {
    return this.file === '' ? this.message : super.toLine();
  }
}

/**
 * The disk filled up (ENOSPC) while dutylens wrote `target`. The writer has
 * removed its temporary files by the time this is thrown, and the previous
 * report (or file) is untouched.
 */
export class DiskFullError extends Error {
  constructor(
    /** The folder or file being written, as the user named it. */
    readonly target: string,
    /** A report folder, or a single file. */
    kind: 'folder' | 'file',
    options?: { cause?: unknown },
  ) {
    super(`disk full while writing ${target}: the previous ${kind === 'folder' ? 'report' : 'file'} is intact`, options);
    this.name = 'DiskFullError';
  }
}

/** True for a Node system error of one of these codes (ENOSPC, EDQUOT …). */
export function hasErrorCode(error: unknown, ...codes: string[]): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && codes.includes((error as NodeJS.ErrnoException).code!);
}
