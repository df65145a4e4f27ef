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
