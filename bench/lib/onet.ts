import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The O*NET 29.3 folder, in ../shared relative to the repo root. */
export const ONET_DIR = fileURLToPath(new URL('../../../shared/eval/onet-29.3/', import.meta.url));

/** The files the evaluations read. */
export const ONET_FILES = ['Task Statements.txt', 'Tasks to DWAs.txt', 'Related Occupations.txt'] as const;

/** One task statement of an occupation (a duty of a unit). */
export interface OnetTask {
  /** O*NET-SOC code of the occupation. */
  occupation: string;
  /** Task ID (unique over the file). */
  id: string;
  /** The statement. */
  text: string;
}

/** A related occupation with its expert tier and rank (1..20). */
export interface OnetRelated {
  code: string;
  tier: 'Primary-Short' | 'Primary-Long' | 'Supplemental';
  index: number;
}

/** The O*NET data the evaluations use. */
export interface OnetData {
  /** Task statements in file order. */
  tasks: OnetTask[];
  /** Occupation titles by code (occupations with tasks). */
  titles: Map<string, string>;
  /** DWA IDs per Task ID (label data: never used to build vectors). */
  dwasByTask: Map<string, string[]>;
  /** Related occupations per occupation code, by rank. */
  related: Map<string, OnetRelated[]>;
}

/** Unquotes a field wrapped in "…" with doubled inner quotes (a few tasks are). */
function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
}

/** Rows of a tab-separated file with a header row, as header → value records. */
export function readTsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((name, k) => [name, unquote(cells[k] ?? '')]));
  });
}

/** The files missing from an O*NET folder (empty when all are there). */
export function missingOnetFiles(dir = ONET_DIR): string[] {
  return ONET_FILES.filter((name) => !existsSync(join(dir, name)));
}

/** Loads tasks, task → DWA links and related occupations from an O*NET folder. */
export function loadOnet(dir = ONET_DIR): OnetData {
  const read = (name: string) => readTsv(readFileSync(join(dir, name), 'utf8'));
  const tasks: OnetTask[] = [];
  const titles = new Map<string, string>();
  for (const row of read('Task Statements.txt')) {
    tasks.push({ occupation: row['O*NET-SOC Code'], id: row['Task ID'], text: row['Task'] });
    titles.set(row['O*NET-SOC Code'], row['Title']);
  }
  const dwasByTask = new Map<string, string[]>();
  for (const row of read('Tasks to DWAs.txt')) {
    const list = dwasByTask.get(row['Task ID']) ?? [];
    if (!list.includes(row['DWA ID'])) list.push(row['DWA ID']);
    dwasByTask.set(row['Task ID'], list);
  }
  const related = new Map<string, OnetRelated[]>();
  for (const row of read('Related Occupations.txt')) {
    const list = related.get(row['O*NET-SOC Code']) ?? [];
    list.push({
      code: row['Related O*NET-SOC Code'],
      tier: row['Relatedness Tier'] as OnetRelated['tier'],
      index: Number(row['Index']),
    });
    related.set(row['O*NET-SOC Code'], list);
  }
  for (const list of related.values()) list.sort((a, b) => a.index - b.index);
  return { tasks, titles, dwasByTask, related };
}
