import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../src/run/load.ts';
import { toolEventsOf } from './lib/extract-events.ts';
import { firstIssue, GoldTableSchema, parseGoldBatch, type GoldDocument } from './lib/extract-gold.ts';
import { sumPart, type ExtractPart } from './lib/extract-part.ts';
import { detailLines, partLines } from './lib/extract-report.ts';
import { scoreDocument, type DocumentScore } from './lib/extract-score.ts';
import { docxTitle, tableDocx } from './lib/table-docx.ts';

/**
 * Extraction figures of `npm run eval`: every gold document is read in
 * process the way `dutylens extract FILE` reads it (loadModel with the CLI's
 * default flags) and scored against its gold units, counts, keys, parents and
 * events. Parts: `open` (../shared/eval/extract-open), and `tune` / `test`
 * (the batches in test/corpus/extract, by each document's split). Per-document
 * misses are printed with --detail for open and tune only, never for test.
 */

/** The repository root (bench/ is one below it). */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The open development set, in ../shared relative to the repo root. */
export const OPEN_GOLD = resolve(ROOT, '../shared/eval/extract-open/gold.json');
/** The project's own gold batches. */
export const CORPUS_DIR = resolve(ROOT, 'test/corpus/extract');

/** Options of the extraction figures. */
export interface ExtractEvalOptions {
  /** Print per-document misses of the open and tune parts. */
  detail: boolean;
  /** Folder of gold batches instead of test/corpus/extract. */
  corpus: string | null;
}

/** A gold document to score, with where its files are and which part it counts in. */
interface GoldEntry {
  /** Printed id: the gold id, prefixed by the batch for corpus documents. */
  id: string;
  part: ExtractPart;
  /** Folder of its gold.json (files resolve against it). */
  dir: string;
  gold: GoldDocument;
}

/** The scores of one part, with where its documents came from. */
interface PartScores {
  part: ExtractPart;
  source: string;
  scores: DocumentScore[];
}

/** A path as printed: relative to the repository root when it is in it or in ../shared, else as it is. */
function shown(path: string): string {
  const rel = relative(ROOT, path) || '.';
  return rel.startsWith('..') && !rel.startsWith(join('..', 'shared')) ? path : rel;
}

/** Reads one gold.json; a missing or half-written file gives one note and no entries. */
function readBatch(file: string, prefix: string, partOf: (g: GoldDocument) => ExtractPart | null, notes: string[]): GoldEntry[] {
  if (!existsSync(file)) {
    notes.push(`extraction: ${shown(file)} is missing (a batch still being written?), skipped`);
    return [];
  }
  const batch = parseGoldBatch(readFileSync(file, 'utf8'));
  if ('error' in batch) {
    notes.push(`extraction: ${shown(file)}: ${batch.error}; batch skipped`);
    return [];
  }
  for (const p of batch.problems) notes.push(`extraction: ${shown(file)}: ${p}`);
  const entries: GoldEntry[] = [];
  for (const gold of batch.documents) {
    const part = partOf(gold);
    if (part === null) notes.push(`extraction: ${shown(file)}: document ${gold.id} has no "split" (tune or test), skipped`);
    else entries.push({ id: `${prefix}${gold.id}`, part, dir: join(file, '..'), gold });
  }
  return entries;
}

/** The batches of the corpus folder, sorted by name (none when the folder is absent). */
function corpusEntries(dir: string, notes: string[]): GoldEntry[] {
  if (!existsSync(dir)) {
    notes.push(`extraction: no batches yet (${shown(dir)} is absent): tune and test are empty`);
    return [];
  }
  const batches = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
  return batches.flatMap((name) => readBatch(join(dir, name, 'gold.json'), `${name}/`, (g) => g.split ?? null, notes));
}

/** Extracts one file in process, as `dutylens extract FILE` does; a file that cannot be read or a parser that throws gives an empty reading and a note. */
async function extract(path: string, id: string, notes: string[]) {
  try {
    const loaded = await loadModel([path], { language: 'auto' });
    for (const e of loaded.errors) notes.push(`extraction: ${id}: ${e.message}`);
    return loaded.model;
  } catch (error) {
    notes.push(`extraction: ${id}: the parser threw ${String((error as Error).message ?? error).split('\n')[0]}`);
    return { units: [], duties: [] };
  }
}

/** The one unit a single-unit document (a department's page, a post's description) is about, or null. */
function soleUnit(gold: GoldDocument): string | null {
  return gold.form !== 'e' && gold.units.length === 1 ? gold.units[0].name : null;
}

/**
 * A single-unit document as a folder of one file per department holds it: named after its unit
 * ("综合处.txt"). The corpus keeps its files under neutral names, so this reading shows what a file
 * name that names the unit adds; it is scored apart (`#named`), never in the part's main figures.
 */
async function scoreNamed(entry: GoldEntry, file: string, tmp: string, notes: string[]): Promise<DocumentScore[]> {
  const unit = soleUnit(entry.gold);
  if (unit === null) return [];
  const dir = join(tmp, entry.id.replace(/[^\p{L}\p{N}._-]+/gu, '_'));
  mkdirSync(dir, { recursive: true });
  const named = join(dir, `${unit.replace(/[\\/:*?"<>|]+/gu, '_')}${extname(file)}`);
  copyFileSync(file, named);
  const model = await extract(named, `${entry.id}#named`, notes);
  return [scoreDocument(`${entry.id}#named`, entry.gold, model, toolEventsOf(model))];
}

/** Scores a gold document: its text file, and its table as a .docx when it has one. */
async function scoreEntry(entry: GoldEntry, tmp: string, notes: string[]): Promise<DocumentScore[]> {
  const file = resolve(entry.dir, entry.gold.file);
  if (!existsSync(file)) {
    notes.push(`extraction: ${entry.id}: ${shown(file)} is missing, skipped`);
    return [];
  }
  const model = await extract(file, entry.id, notes);
  const scores = [scoreDocument(entry.id, entry.gold, model, toolEventsOf(model)), ...(await scoreNamed(entry, file, tmp, notes))];
  if (entry.gold.docx_table === undefined) return scores;
  const tableFile = resolve(entry.dir, entry.gold.docx_table);
  const table = existsSync(tableFile) ? GoldTableSchema.safeParse(safeJson(readFileSync(tableFile, 'utf8'))) : null;
  if (table === null || !table.success) {
    notes.push(`extraction: ${entry.id}: ${shown(tableFile)} ${table === null ? 'is missing' : `is not a table (${firstIssue(table.error)})`}, its .docx skipped`);
    return scores;
  }
  const docx = join(tmp, `${entry.id.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.docx`);
  writeFileSync(docx, await tableDocx(table.data.rows, docxTitle(entry.gold.organisation)));
  const docxModel = await extract(docx, `${entry.id}#docx`, notes);
  return [...scores, scoreDocument(`${entry.id}#docx`, entry.gold, docxModel, toolEventsOf(docxModel))];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Reads every gold set, extracts and scores each document; returns the scores per part and one note per problem. */
export async function scoreExtraction(options: ExtractEvalOptions): Promise<{ parts: PartScores[]; notes: string[] }> {
  const notes: string[] = [];
  const open = existsSync(OPEN_GOLD) ? readBatch(OPEN_GOLD, '', () => 'open', notes) : [];
  if (!existsSync(OPEN_GOLD)) notes.push(`extraction: open set skipped, ${shown(OPEN_GOLD)} is missing (no ../shared here)`);
  const corpus = corpusEntries(options.corpus === null ? CORPUS_DIR : resolve(options.corpus), notes);
  const tmp = mkdtempSync(join(tmpdir(), 'dutylens-eval-extract-'));
  const scored = new Map<ExtractPart, DocumentScore[]>([['open', []], ['tune', []], ['test', []]]);
  const named = new Map<ExtractPart, DocumentScore[]>([['open', []], ['tune', []], ['test', []]]);
  try {
    for (const entry of [...open, ...corpus]) {
      for (const score of await scoreEntry(entry, tmp, notes)) (score.id.endsWith('#named') ? named : scored).get(entry.part)!.push(score);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const corpusSource = shown(options.corpus === null ? CORPUS_DIR : resolve(options.corpus));
  const asNamed = 'single-unit documents, each file named after its unit as a folder of one file per department names it';
  const parts: PartScores[] = [
    { part: 'open', source: shown(OPEN_GOLD), scores: scored.get('open')! },
    { part: 'tune', source: `${corpusSource}, split tune`, scores: scored.get('tune')! },
    { part: 'test', source: `${corpusSource}, split test; aggregates only`, scores: scored.get('test')! },
    { part: 'tune', source: `${corpusSource}, split tune; ${asNamed}`, scores: named.get('tune')! },
    { part: 'test', source: `${corpusSource}, split test; ${asNamed}; aggregates only`, scores: named.get('test')! },
  ];
  return { parts, notes };
}

/** The form a score counts under in the per-form recall: the .docx readings apart. */
const formOf = (s: DocumentScore) => (s.id.endsWith('#docx') ? `${s.form}(docx)` : s.form);

/** The printed extraction figures: notes, then a block per part; with `detail`, per-document misses of open and tune. */
export async function evalExtract(options: ExtractEvalOptions): Promise<string[]> {
  const { parts, notes } = await scoreExtraction(options);
  const lines = [...notes];
  for (const { part, source, scores } of parts) {
    lines.push(...partLines(part, source, sumPart(scores, formOf)));
    if (!options.detail || scores.length === 0) continue;
    // The rule: nobody tunes on test-part errors, so its documents are never listed.
    if (part === 'test') lines.push('  (no per-document detail for the test part: aggregates only, by rule)');
    else lines.push(`  per-document misses (${part}):`, ...scores.flatMap(detailLines));
  }
  return lines;
}
