/**
 * `--lang` controls every word the reports add: rendered in English, a
 * Chinese result shows Chinese only in the documents' own text (unit names,
 * duty texts, titles, terms, the register's words); rendered in Chinese, it
 * shows English only there and in fixed format names. The test scans every
 * output: the HTML's visible text, titles and labels (and the strings its
 * script shows), the CSV and Markdown files, and the XLSX's sheet names and cells.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.ts';
import { render } from '../../src/report/index.ts';
import { changesMarkdown } from '../../src/report/changes-md.ts';
import { countChanges } from '../../src/findings/diff.ts';
import { loadFixture } from './fixture.ts';
import { dumpXlsx } from './xlsx-dump.ts';

/** The documents' own text in a result, longest first (so a name inside a longer text goes with it). */
function ownText(result: Result): string[] {
  const own = new Set<string>();
  const add = (s: string | null | undefined) => void (s && own.add(s));
  for (const d of result.documents) [d.title, d.id, d.source.file].forEach(add);
  for (const o of result.organisations) [o.name, o.id].forEach(add);
  for (const u of result.units) [u.name, u.source.file, ...u.path, ...Object.keys(u.attributes), ...Object.values(u.attributes)].forEach(add);
  for (const d of result.duties) [d.text, d.normalized, d.note, d.number, d.source.file, ...d.links].forEach(add);
  for (const p of result.pairs) [...p.sharedTerms, ...p.differingTerms.flat(), p.acceptance?.owner, p.acceptance?.reason].forEach(add);
  for (const g of result.gaps) [g.functionName, g.functionId, g.acceptance?.owner, g.acceptance?.reason].forEach(add);
  for (const c of result.coverage) [c.functionName, c.functionId].forEach(add);
  for (const g of result.genericGroups) add(g.label);
  for (const c of result.changes?.duties ?? []) for (const ref of [c.before, c.after]) if (ref) [ref.text, ref.documentId, ...ref.unitPath].forEach(add);
  for (const c of result.changes?.pairs ?? []) for (const ref of [c.a, c.b]) [ref.text, ref.documentId, ...ref.unitPath].forEach(add);
  for (const c of result.changes?.gaps ?? []) [c.gap.functionName, c.gap.functionId].forEach(add);
  for (const t of result.trend ?? []) add(t.runId);
  for (const r of result.readings ?? []) [r.file, ...r.leftOut.map((l) => l.text)].forEach(add);
  if (result.changes?.previousRun) add(result.changes.previousRun);
  add(result.options.catalogue);
  return [...own].sort((a, b) => b.length - a.length);
}

/** The words of an output a reader sees, per file. */
async function shownText(result: Result, lang: 'zh' | 'en'): Promise<Map<string, string[]>> {
  const files = await render(result, ['html', 'csv', 'xlsx', 'md'], { lang, heatmapOrder: 'cluster' });
  const shown = new Map<string, string[]>();
  for (const f of files) {
    // The HTML in the other language, written beside it for the language switch, is scanned with that language.
    if (/^index\.(zh|en)\.html$/.test(f.path)) continue;
    if (f.path.endsWith('.html')) {
      const { document } = new JSDOM(f.content as string).window;
      const data = JSON.parse(document.querySelector('script#dl-data')?.textContent ?? '{}') as { labels?: Record<string, string>; relationLabels?: string[]; roleLabels?: string[]; strings?: string[] };
      document.querySelectorAll('script, style').forEach((e) => e.remove());
      const attributes = [...document.querySelectorAll('[title],[aria-label],[placeholder],[alt]')].flatMap((e) => ['title', 'aria-label', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''));
      // The labels and sentences the script shows, from the embedded data.
      const strings = [...Object.values(data.labels ?? {}), ...(data.relationLabels ?? []), ...(data.roleLabels ?? []), ...(data.strings ?? [])];
      shown.set(f.path, [document.body.textContent ?? '', document.title, ...attributes, ...strings]);
    } else if (f.path.endsWith('.xlsx')) {
      const sheets = await dumpXlsx(f.content as Uint8Array);
      shown.set(f.path, sheets.flatMap((s) => [s.name, ...s.rows.flat().map((v) => (typeof v === 'string' ? v : ''))]));
    } else shown.set(f.path, [f.content as string]);
  }
  return shown;
}

/**
 * What is left of each output after the documents' own text is taken out,
 * matched against `foreign`; a match that is part of the documents' text
 * (a title cut short, a duty text escaped for CSV or Markdown) is theirs too.
 */
async function foreignWords(result: Result, lang: 'zh' | 'en', foreign: RegExp, allowed: ReadonlySet<string> = new Set()): Promise<Record<string, string[]>> {
  const own = ownText(result);
  const all = own.join('\u0000');
  const out: Record<string, string[]> = {};
  for (const [path, texts] of await shownText(result, lang)) {
    const found = new Set<string>();
    for (let text of texts) {
      for (const s of own) text = text.split(s).join(' ');
      // Command-line flags (--unit-columns) are names, like the format names.
      text = text.replace(/--[a-z][a-z-]*/g, ' ');
      for (const m of text.matchAll(foreign)) if (!allowed.has(m[0]) && !all.includes(m[0])) found.add(m[0]);
    }
    out[path] = [...found].sort();
  }
  return out;
}

/** Format, tool, command and key names a Chinese report keeps in Latin letters, and the language switch's "English". */
const FORMAT_NAMES = new Set(['dutylens', 'extract', 'explain', 'FILE', 'Enter', 'English', 'CSV', 'XLSX', 'JSON', 'HTML', 'PDF', 'Markdown', 'md', 'csv', 'xlsx', 'json', 'html', 'txt', 'docx', 'yaml', 'TF', 'IDF']);

describe('every language', () => {
  it('render --lang en of a Chinese result has no Chinese outside the documents\' own text', async () => {
    // The language switch names Chinese in Chinese.
    const found = await foreignWords(loadFixture(), 'en', /\p{Script=Han}+/gu, new Set(['中文']));
    expect(found).toEqual({ 'index.html': [], 'pairs.csv': [], 'matrix.csv': [], 'report.xlsx': [], 'summary.md': [] });
  });

  it('render --lang zh has no English outside the documents\' own text and fixed format names', async () => {
    const found = await foreignWords(loadFixture(), 'zh', /[A-Za-z]{2,}/g, FORMAT_NAMES);
    expect(found).toEqual({ 'index.html': [], 'pairs.csv': [], 'matrix.csv': [], 'report.xlsx': [], 'summary.md': [] });
  });

  it('the HTML has a language switch: index.html links to the report in the other language, which links back', async () => {
    const files = await render(loadFixture(), ['html'], { lang: 'zh', heatmapOrder: 'cluster' });
    expect(files.map((f) => f.path)).toEqual(['index.html', 'index.en.html']);
    const link = (html: string) => new JSDOM(html).window.document.querySelector('header a.lang-switch');
    expect(link(files[0].content as string)?.getAttribute('href')).toBe('index.en.html');
    expect(link(files[1].content as string)?.getAttribute('href')).toBe('index.html');
    expect(new JSDOM(files[1].content as string).window.document.documentElement.lang).toBe('en');
  });

  it('changes.md speaks the report language too', async () => {
    const result = loadFixture();
    const own = ownText(result).join('\u0000');
    const md = (lang: 'zh' | 'en') => changesMarkdown(result.changes!, countChanges(result.changes!), lang, result.summary);
    const left = (text: string, foreign: RegExp, allowed: ReadonlySet<string>) => {
      let t = text;
      for (const s of ownText(result)) t = t.split(s).join(' ');
      return [...new Set([...t.matchAll(foreign)].map((m) => m[0]).filter((w) => !allowed.has(w) && !own.includes(w)))];
    };
    expect(left(md('en'), /\p{Script=Han}+/gu, new Set())).toEqual([]);
    expect(left(md('zh'), /[A-Za-z]{2,}/g, FORMAT_NAMES)).toEqual([]);
  });
});
