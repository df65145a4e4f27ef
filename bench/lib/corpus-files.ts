import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The files both sides of a comparison read: tokens (one document a line, tab-separated), groups, skip flags. */
export interface CorpusFiles {
  tokens: string;
  group: string;
  skip: string;
}

/** Writes the pre-tokenised corpus and its group/skip arrays into a folder. */
export function writeCorpusFiles(dir: string, count: number, tokensOf: (k: number) => readonly string[], group: Int32Array, skip: Uint8Array): CorpusFiles {
  const files: CorpusFiles = { tokens: join(dir, 'tokens.tsv'), group: join(dir, 'group.bin'), skip: join(dir, 'skip.bin') };
  const fd = openSync(files.tokens, 'w');
  let batch: string[] = [];
  for (let k = 0; k < count; k++) {
    batch.push(tokensOf(k).join('\t'));
    if (batch.length === 4096 || k === count - 1) {
      writeSync(fd, batch.join('\n') + '\n');
      batch = [];
    }
  }
  closeSync(fd);
  writeFileSync(files.group, Buffer.from(group.buffer, group.byteOffset, group.byteLength));
  writeFileSync(files.skip, Buffer.from(skip.buffer, skip.byteOffset, skip.byteLength));
  return files;
}
