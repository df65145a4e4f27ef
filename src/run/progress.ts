import cliProgress from 'cli-progress';

/** Where a run reports how far it got. */
export interface Progress {
  /** A stage started or advanced: `done` of `total` items. */
  stage(name: string, done: number, total: number): void;
  /** A line of information (not an error). */
  log(line: string): void;
  /** Ends the display (clears the bar). */
  stop(): void;
}

/** How progress is shown: a bar on a terminal, plain lines otherwise, or nothing. */
export type ProgressMode = 'bar' | 'lines' | 'quiet';

/** The mode for a stream: quiet when asked, a bar on a TTY, lines elsewhere (CI logs, cron mail). */
export function progressModeFor(stream: { isTTY?: boolean }, quiet: boolean): ProgressMode {
  if (quiet) return 'quiet';
  return stream.isTTY ? 'bar' : 'lines';
}

/** A progress display writing to `stream` (stderr, so stdout stays clean for --json). */
export function createProgress(mode: ProgressMode, stream: NodeJS.WritableStream, prefix: string): Progress {
  switch (mode) {
    case 'quiet':
      return { stage: () => {}, log: () => {}, stop: () => {} };
    case 'lines': {
      let last = '';
      return {
        stage(name, done, total) {
          // One line per stage (not per item): logs stay short.
          if (name === last) return;
          last = name;
          stream.write(`${prefix}${name} (${total})\n`);
        },
        log: (line) => void stream.write(`${prefix}${line}\n`),
        stop: () => {},
      };
    }
    case 'bar': {
      const bar = new cliProgress.SingleBar(
        { format: `${prefix}{stage} [{bar}] {value}/{total}`, stream, clearOnComplete: true, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      let started = false;
      return {
        stage(name, done, total) {
          if (!started) {
            bar.start(Math.max(total, 1), done, { stage: name });
            started = true;
          } else {
            bar.setTotal(Math.max(total, 1));
            bar.update(done, { stage: name });
          }
        },
        log(line) {
          if (started) bar.stop();
          started = false;
          stream.write(`${prefix}${line}\n`);
        },
        stop() {
          if (started) bar.stop();
          started = false;
        },
      };
    }
  }
}
