import { spawn } from 'node:child_process';

/**
 * Runs a measurement in its own process, so its peak memory is its own, and
 * returns the JSON object it prints on its last stdout line. Stderr passes
 * through (progress notes).
 */
export function runJsonChild<T>(command: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stdout.slice(-2000)}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${command} printed no JSON result: ${stdout.slice(-2000)}`));
      }
    });
  });
}

/** Arguments that run a .ts file of this repository through tsx in a fresh Node process. */
export function tsxArgs(file: URL, args: readonly string[]): string[] {
  return ['--import', 'tsx', new URL(file).pathname, ...args];
}
