/**
 * Every line dutylens prints goes through here, with control characters
 * escaped: a file name holding a newline or an escape sequence must not
 * split a line, move the cursor or recolour the terminal. Hand-written: the
 * rule is one regular expression, not worth a dependency.
 */

/** C0 controls, DEL, C1 controls, and the bidi controls that reorder what follows them. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text with each control character shown as an escape (`\n`, `\x1b`, `\u202e`). */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.codePointAt(0)!;
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** An error line on stderr: `dutylens: file: problem`. */
export function printError(line: string): void {
  console.error(`dutylens: ${escapeControls(line)}`);
}

/** A line of information on stderr (warnings, copies, the reading line, progress notes). */
export function printNote(line: string): void {
  console.error(escapeControls(line));
}

/** A result line on stdout (summaries, where the report is). */
export function printResult(line: string): void {
  console.log(escapeControls(line));
}
