import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommanderError, type Command } from 'commander';
import { DiskFullError, hasErrorCode, InputError, UsageError } from '../util/errors.ts';
import { TOOL } from '../util/version.ts';
import { printError } from './print.ts';

/** Exit codes: each means one thing. */
export const EXIT = { ok: 0, gateFailed: 1, badInput: 2, internal: 70 } as const;

/** Commander's codes for help or the version shown on request: not errors. */
const SHOWN = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/**
 * Makes every command report a usage error (unknown flag or command, a flag
 * value its parser refuses, a missing argument) by throwing a UsageError
 * instead of printing the whole help and exiting 1; the top-level handler
 * prints it as one line with a pointer to `--help`. Settings are applied to
 * each command because commander copies them only when a command is created.
 */
export function throwUsageErrors(program: Command): void {
  const visit = (cmd: Command, path: string | null): void => {
    cmd.showHelpAfterError(false);
    cmd.configureOutput({ outputError: () => {} });
    cmd.exitOverride((error: CommanderError) => {
      if (SHOWN.has(error.code)) throw error;
      throw new UsageError(path ?? '', error.message.replace(/^error: /u, '').replace(/\.$/u, ''), path);
    });
    for (const sub of cmd.commands) visit(sub, path === null ? sub.name() : `${path} ${sub.name()}`);
  };
  visit(program, null);
}

/** File-system errors that are about the user's paths or machine, said in words. */
const SYSTEM_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many levels of symbolic links',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'no such file or folder',
  EMFILE: 'too many open files',
};

/**
 * The one line a known error is said in (bad input, usage, a full disk, a
 * path the system refuses: all exit 2), or null for an internal error.
 */
export function knownErrorLine(error: unknown): string | null {
  if (error instanceof UsageError) return `${error.toLine()}; see: dutylens ${error.command === null ? '' : `${error.command} `}--help`;
  if (error instanceof InputError) return error.toLine();
  if (error instanceof DiskFullError) return error.message;
  if (hasErrorCode(error, 'ENOSPC', 'EDQUOT')) return `disk full while writing ${error.path ?? 'the output'}: the previous report is intact`;
  if (hasErrorCode(error, ...Object.keys(SYSTEM_PROBLEMS)) && error.path) return `${error.path}: ${SYSTEM_PROBLEMS[error.code!]}`;
  return null;
}

/**
 * The one top-level handler: prints an error that reached the CLI as one
 * line and returns the exit code. Known errors exit 2 (knownErrorLine);
 * anything else is an internal error: one line, the full trace written to a
 * file named in it, exit 70.
 */
export function handleTopLevelError(error: unknown): number {
  if (error instanceof CommanderError && SHOWN.has(error.code)) return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
  const known = knownErrorLine(error);
  if (known !== null) {
    printError(known);
    return EXIT.badInput;
  }
  const trace = writeTrace(error);
  const message = error instanceof Error ? error.message : String(error);
  const first = `${error instanceof Error ? `${error.name}: ` : ''}${message.split('\n').find((l) => /\w/u.test(l))?.trim() ?? ''}`;
  printError(`internal error: ${first}${trace ? `; the full trace is in ${trace}` : ''}; please report it`);
  return EXIT.internal;
}

/** Writes the error's full trace (and its causes) to a file in the temp folder; returns its path, or null (then the trace goes to stderr). */
function writeTrace(error: unknown): string | null {
  const lines = [`dutylens ${TOOL.version}, node ${process.version}, ${new Date().toISOString()}`, `argv: ${JSON.stringify(process.argv.slice(2))}`, ''];
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 5; e = e instanceof Error ? e.cause : undefined, depth++) {
    lines.push(depth === 0 ? '' : 'caused by:', e instanceof Error ? (e.stack ?? String(e)) : String(e));
  }
  const file = join(tmpdir(), `dutylens-crash-${new Date().toISOString().replace(/[:.]/gu, '-')}-${process.pid}.txt`);
  try {
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  } catch {
    console.error(lines.join('\n'));
    return null;
  }
}
