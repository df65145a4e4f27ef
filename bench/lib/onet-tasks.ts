import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** O*NET 29.3 task statements, read from ../shared relative to the repo root (never copied into the repo). */
export const ONET_TASKS_PATH = fileURLToPath(new URL('../../../shared/eval/onet-29.3/Task Statements.txt', import.meta.url));

/** Task statements with the occupation of each, or null when the file is absent. */
export interface OnetTasks {
  texts: string[];
  /** Occupation number of each statement (pairs within one occupation do not count). */
  occupation: Int32Array;
}

/** Reads the task statements (tab-separated, header row; column "Task" and "O*NET-SOC Code"). */
export function readOnetTasks(path = ONET_TASKS_PATH): OnetTasks | null {
  if (!existsSync(path)) return null;
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((line) => line.length > 0);
  const header = lines[0].split('\t');
  const codeAt = header.indexOf('O*NET-SOC Code');
  const taskAt = header.indexOf('Task');
  const codes = new Map<string, number>();
  const texts: string[] = [];
  const occupation: number[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    const code = cells[codeAt];
    if (!codes.has(code)) codes.set(code, codes.size);
    texts.push(cells[taskAt].replace(/^"(.*)"$/, '$1').replace(/""/g, '"'));
    occupation.push(codes.get(code) ?? 0);
  }
  return { texts, occupation: Int32Array.from(occupation) };
}
