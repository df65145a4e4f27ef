import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../corpus/generate.ts';

/**
 * Writes a generated corpus as the duty tables a group's HR system exports:
 * one tab-separated file per document (部门 / 岗位 / 职责 columns, one duty a
 * row), each in a folder of its own (the document is a company of the group:
 * `dutylens --organisation-per folder` keeps companies apart), named in
 * document order. Returns the number of files.
 */
export function writeCorpusDocuments(dir: string, corpus: Corpus): number {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let rows: string[] = [];
  const flush = (doc: number) => {
    const company = join(dir, `company${String(doc).padStart(6, '0')}`);
    mkdirSync(company);
    writeFileSync(join(company, '岗位职责.tsv'), `部门\t岗位\t职责\n${rows.join('\n')}\n`);
    rows = [];
    files++;
  };
  for (let k = 0; k < corpus.texts.length; k++) {
    if (k > 0 && corpus.document[k] !== corpus.document[k - 1]) flush(corpus.document[k - 1]);
    rows.push(`单位${corpus.document[k]}\t岗位${corpus.unit[k]}\t${corpus.texts[k].replaceAll('\t', ' ')}`);
  }
  if (rows.length > 0) flush(corpus.document[corpus.texts.length - 1]);
  return files;
}
