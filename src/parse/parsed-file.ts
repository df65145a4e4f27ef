import type { ChangeEvent, Duty, OrgDocument, Unit } from '../model.ts';

/** What parsing one input file yields: its documents, their units and duties, and what looked wrong. */
export interface ParsedFile {
  documents: OrgDocument[];
  units: Unit[];
  duties: Duty[];
  /** Change events the text states (a reorganisation notice, a 三定's 职责调整); absent when none. */
  events?: ChangeEvent[];
  /** Non-fatal problems worth telling the user, each naming the file and line. */
  warnings: string[];
  /** How the file was read: what it yielded and which lines were left out, and why. Absent for tables and models. */
  reading?: FileReading;
}

/** How one text file was read, for `extract --explain` and "how your documents were read". */
export interface FileReading {
  file: string;
  units: number;
  duties: number;
  /** Share of the file's non-blank characters that became units, duties or attributes (0–1). */
  used: number;
  /** Lines that became units, with the evidence. */
  unitLines: { line: number; text: string; why: string }[];
  /** Non-blank lines that became nothing, with the reason. */
  leftOut: { line: number; text: string; why: string }[];
}

/** Options shared by the text and table parsers. */
export interface ParseOptions {
  /** Force a language instead of detecting it. */
  language?: 'auto' | 'zh' | 'en';
  /** The stem of the file's document ids (its path under the input folder, without extension); default: the file name's stem. */
  stem?: string;
}
