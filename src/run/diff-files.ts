/** `dutylens diff`: what changed between two saved results, as data and as changes.md. */
import type { Changes } from '../model.ts';
import { countChanges, diffResults } from '../findings/diff.ts';
import { changesMarkdown } from '../report/changes-md.ts';
import { defaultLang } from '../report/index.ts';
import { readResultFile } from './job-files.ts';

/** The changes from the result in `oldFile` to the one in `newFile`, and their Markdown in `lang` (default: the later result's documents' language). */
export async function diffResultFiles(oldFile: string, newFile: string, lang?: 'zh' | 'en'): Promise<{ changes: Changes; markdown: () => string }> {
  const previous = await readResultFile(oldFile);
  const current = await readResultFile(newFile);
  const changes = diffResults(previous, current);
  return { changes, markdown: () => changesMarkdown(changes, countChanges(changes), lang ?? defaultLang(current)) };
}
