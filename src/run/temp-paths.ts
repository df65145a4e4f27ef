import { rmSync } from 'node:fs';

/** Temporary files and folders of writes in progress in this process. */
const pending = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removePending(): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
  pending.clear();
}

/**
 * Removes the pending temporary paths, then lets the signal do what it
 * would have done: when no one else listens (watch does), it is raised again
 * without this handler, so the process ends with the signal's usual status.
 */
function onSignal(signal: NodeJS.Signals): void {
  removePending();
  for (const s of SIGNALS) process.off(s, onSignal);
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function onExit(): void {
  removePending();
}

/**
 * Marks a temporary path to be removed if the process ends (exit, Ctrl-C,
 * SIGTERM, SIGHUP) before the write finishes; returns the function that
 * unmarks it once the write is done. Signal handlers are installed only while
 * a write is pending, so that they change nothing at other times. A kill -9
 * cannot be caught: the next write of the same target tidies instead
 * (recoverInterruptedWrite).
 */
export function removeOnExit(path: string): () => void {
  if (pending.size === 0) {
    for (const s of SIGNALS) if (!process.listeners(s).includes(onSignal)) process.on(s, onSignal);
    if (!process.listeners('exit').includes(onExit)) process.on('exit', onExit);
  }
  pending.add(path);
  return () => {
    pending.delete(path);
    if (pending.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
  };
}
