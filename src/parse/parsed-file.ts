import type { Duty, OrgDocument, Unit } from '../model.ts';

/** What parsing one input file yields: its documents, their units and duties, and what looked wrong. */
export interface ParsedFile {
  documents: OrgDocument[];
  units: Unit[];
  duties: Duty[];
  /** Non-fatal problems worth telling the user, each naming the file and line. */
  warnings: string[];
}

/** Options shared by the text and table parsers. */
export interface ParseOptions {
  /** Force a language instead of detecting it. */
  language?: 'auto' | 'zh' | 'en';
  /** The stem of the file's document ids (its path under the input folder, without extension); default: the file name's stem. */
  stem?: string;
}
