import { extname } from 'node:path';

/** The file formats dutylens recognises by extension, including those it only recognises to refuse clearly. */
export type InputFormat = 'txt' | 'md' | 'docx' | 'xlsx' | 'csv' | 'tsv' | 'yaml' | 'json' | 'pdf' | 'doc';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.pdf': 'pdf',
  '.doc': 'doc',
};

/** The format a file's extension names (case-insensitive), or null for an extension dutylens does not know. */
export function inputFormatOf(file: string): InputFormat | null {
  return BY_EXTENSION[extname(file).toLowerCase()] ?? null;
}
