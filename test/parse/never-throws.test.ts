import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DutySchema, DocumentSchema, UnitSchema } from '../../src/model.ts';
import { parseText } from '../../src/parse/parse-text.ts';
import { toLines } from './read-lines.ts';

/** Checks the invariants every parse result keeps, whatever the input. */
function checkResult(file: string, text: string): void {
  const parsed = parseText(file, toLines(text));
  expect(parsed.warnings.filter((w) => w.includes('could not be parsed'))).toEqual([]);
  for (const d of parsed.documents) DocumentSchema.parse(d);
  for (const u of parsed.units) UnitSchema.parse(u);
  for (const d of parsed.duties) DutySchema.parse(d);
  const unitIds = new Set(parsed.units.map((u) => u.id));
  const dutyIds = new Set(parsed.duties.map((d) => d.id));
  expect(dutyIds.size).toBe(parsed.duties.length);
  for (const u of parsed.units) if (u.parentId !== null) expect(unitIds.has(u.parentId)).toBe(true);
  for (const d of parsed.duties) {
    expect(unitIds.has(d.unitId)).toBe(true);
    if (d.parentId !== null) expect(dutyIds.has(d.parentId)).toBe(true);
  }
}

// Characters that make up the seeds' structure, so random text hits the parser's branches.
const ALPHABET = [...'一二三四五六七八九十壹(（)）1234567890、.．:：;；。,，部处室科中心经理主管职责岗位名称所在部门权力工作标准建议增加配合负责 \n-•⑴①第章目录…'];

describe('parseText(file, lines) never throws', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => checkResult('random.txt', text)), { numRuns: 300 });
  });

  it('on random strings of structural characters', () => {
    const structural = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 300 }).map((chars) => chars.join(''));
    fc.assert(fc.property(structural, (text) => checkResult('structural.txt', text)), { numRuns: 300 });
  });

  it('on odd lines: empty, undefined-like and huge', () => {
    expect(parseText('empty.txt', [])).toMatchObject({ documents: [], units: [], duties: [], warnings: [] });
    checkResult('blank.txt', '\n\n\n');
    checkResult('huge.txt', '1、负责'.repeat(5000));
  });

  const seeds = readdirSync(new URL('../../seeds/', import.meta.url)).filter((f) => f.endsWith('.txt'));
  it.each(seeds)('on mutated seed text of %s (deletions, insertions, line shuffles)', (name) => {
    const seed = readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
    const lines = seed.split('\n');
    const mutation = fc.record({
      cuts: fc.array(fc.tuple(fc.nat(seed.length), fc.nat(40)), { maxLength: 5 }),
      inserts: fc.array(fc.tuple(fc.nat(seed.length), fc.constantFrom(...ALPHABET)), { maxLength: 10 }),
      order: fc.shuffledSubarray(lines.map((_, i) => i), { minLength: Math.floor(lines.length / 2) }),
    });
    fc.assert(
      fc.property(mutation, ({ cuts, inserts, order }) => {
        let text = order.map((i) => lines[i]).join('\n');
        for (const [at, length] of cuts) text = text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + length);
        for (const [at, ch] of inserts) text = text.slice(0, at % (text.length + 1)) + ch + text.slice(at % (text.length + 1));
        checkResult('mutated.txt', text);
      }),
      { numRuns: 15 },
    );
  });
});
