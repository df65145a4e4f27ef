import { describe, expect, it } from 'vitest';
import { eventMatches, matchEvents, toolEventsOf, type ToolEvent } from '../../bench/lib/extract-events.ts';
import { containsKey, nameKey } from '../../bench/lib/extract-fold.ts';
import { GoldDocumentSchema, parseGoldBatch, type GoldDocument } from '../../bench/lib/extract-gold.ts';
import { matchUnits, type ToolUnit } from '../../bench/lib/extract-match.ts';
import { sumPart } from '../../bench/lib/extract-part.ts';
import { formatFraction, mark } from '../../bench/lib/extract-report.ts';
import { scoreDocument, type Extracted, type ToolDuty } from '../../bench/lib/extract-score.ts';

/** A gold document from the fields a test cares about (schema defaults fill the rest). */
function gold(fields: Partial<Record<keyof GoldDocument, unknown>>): GoldDocument {
  return GoldDocumentSchema.parse({ id: 'g', file: 'files/g.txt', form: 'c', units: [], ...fields });
}

/** A tool unit; `parent` is the parent's id. */
const unit = (id: string, name: string, parent: string | null = null): ToolUnit => ({ id, name, parentId: parent });
/** A tool duty of a unit. */
const duty = (unitId: string, text: string, level = 0, normalized = text): ToolDuty => ({ unitId, level, text, normalized });

describe('nameKey(name) folds names the way the gold policy compares them', () => {
  it('removes whitespace, folds full width and lower-cases Latin', () => {
    expect(nameKey(' 办 公\u3000室 ')).toBe(nameKey('办公室'));
    expect(nameKey('ＩＴ部')).toBe(nameKey('it部'));
    expect(nameKey('Budget and Accounts Division')).toBe(nameKey('budgetandaccountsdivision'));
  });
  it('reads Traditional and Simplified names as the same', () => {
    expect(nameKey('秘書處')).toBe(nameKey('秘书处'));
    expect(nameKey('國際事務科')).toBe(nameKey('国际事务科'));
    expect(nameKey('秘书处')).not.toBe(nameKey('秘书科'));
  });
});

describe('containsKey(text, key)', () => {
  it('finds a key across whitespace and width differences', () => {
    expect(containsKey('负责 全局事务的综合协调，文秘', '全局事务的综合协调,文秘')).toBe(true);
  });
  it('finds a Traditional key in a Simplified text and the other way round', () => {
    expect(containsKey('关于文书处理、档案管理等事项', '關於文書處理、檔案管理')).toBe(true);
    expect(containsKey('關於庶務管理、出納及防護業務', '关于庶务管理、出纳')).toBe(true);
    expect(containsKey('负责招聘', '负责培训')).toBe(false);
  });
});

describe('matchUnits(units, gold)', () => {
  const doc = gold({
    units: [
      { name: '办公室', duties: 1, keys: [] },
      { name: '办公室', duties: 1, keys: [] },
      { name: '秘書處', aliases: ['秘书处'], duties: 0, keys: [] },
    ],
    mentioned: ['财政局'],
  });
  it('matches one to one in order: a third 办公室 is extra', () => {
    const m = matchUnits([unit('a', '办公室'), unit('b', '办公室'), unit('c', '办公室')], doc);
    expect(m.goldToTool.map((u) => u?.id ?? null)).toEqual(['a', 'b', null]);
    expect(m.extra.map((u) => u.id)).toEqual(['c']);
  });
  it('accepts aliases and folded Traditional names, and counts mentioned names apart', () => {
    const m = matchUnits([unit('s', '秘书处'), unit('f', '財政局'), unit('x', '人事处')], doc);
    expect(m.goldToTool[2]?.id).toBe('s');
    expect(m.mentioned.map((u) => u.id)).toEqual(['f']);
    expect(m.extra.map((u) => u.id)).toEqual(['x']);
  });
});

describe('scoreDocument(id, gold, tool, events)', () => {
  const doc = gold({
    units: [
      { name: '高雄市政府', parent: null, duties: null, keys: ['辦理高雄市自治事項'] },
      { name: '秘書處', parent: '高雄市政府', duties: 3, keys: ['文書處理'], split_keys: ['never counted'] },
      { name: '總務科', parent: '秘書處', duties: 1, keys: ['庶務管理'] },
      { name: '文書科', parent: '秘書處', duties: 1, keys: ['檔案管理', '印信典守'] },
    ],
    mentioned: ['市長'],
  });
  const tool: Extracted = {
    units: [unit('g', '高雄市政府'), unit('s', '秘书处', 'g'), unit('z', '总务科', 'g'), unit('m', '市长', 'g'), unit('q', '新闻处', 'g')],
    duties: [
      duty('g', '辦理高雄市自治事項', 0, '办理高雄市自治事项'),
      duty('s', '一', 0),
      duty('s', '二', 0),
      duty('s', '三', 0),
      duty('s', '四', 0),
      duty('s', '关于文书处理', 1),
      duty('z', '关于庶务管理', 0),
      duty('z', '出纳', 0),
      duty('z', '防护', 0),
    ],
  };
  const score = scoreDocument('of', doc, tool, null);

  it('counts precision over tool units (mentioned names are not penalised) and recall over gold units', () => {
    expect(score.precision).toEqual({ hit: 4, of: 5 });
    expect(score.recall).toEqual({ hit: 3, of: 4 });
    expect(score.misses.missingUnits).toEqual(['文書科']);
    expect(score.misses.extraUnits).toEqual(['新闻处']);
  });
  it('scores top-level counts within ±1, skipping null counts', () => {
    // 秘書處: 4 top-level vs 3 (the level-1 duty is not counted) → right; 總務科: 3 vs 1 → wrong.
    expect(score.counts).toEqual({ hit: 1, of: 2 });
    expect(score.misses.wrongCounts).toEqual([{ unit: '總務科', tool: 3, gold: 1 }]);
  });
  it('finds keys at any level under the matched unit; keys of a missing unit are missed; split_keys are not counted', () => {
    expect(score.keys).toEqual({ hit: 3, of: 5 });
    expect(score.misses.keysNotFound).toEqual([]);
  });
  it('checks parents by folded name, null only for null', () => {
    expect(score.parents).toEqual({ hit: 2, of: 3 });
    expect(score.misses.wrongParents).toEqual([{ unit: '總務科', tool: '高雄市政府', gold: '秘書處' }]);
  });
  it('counts gold events as missed when the tool model has no events at all', () => {
    const withEvents = gold({ units: [], events: [{ kind: 'abolish', from: '甲科' }] });
    expect(scoreDocument('e', withEvents, { units: [], duties: [] }, null).events).toEqual({ hit: 0, of: 1 });
    expect(scoreDocument('e', withEvents, { units: [], duties: [] }, []).events).toEqual({ hit: 0, of: 1 });
  });
  it('a key found under another unit does not count', () => {
    const d = gold({ units: [{ name: '甲科', duties: 1, keys: ['招聘'] }, { name: '乙科', duties: 1, keys: [] }] });
    const s = scoreDocument('k', d, { units: [unit('a', '甲科'), unit('b', '乙科')], duties: [duty('a', '培训'), duty('b', '负责招聘')] }, null);
    expect(s.keys).toEqual({ hit: 0, of: 1 });
    expect(s.misses.keysNotFound).toEqual([{ unit: '甲科', key: '招聘' }]);
  });
});

describe('events', () => {
  const doc = gold({
    units: [{ name: '国家卫生健康委员会', aliases: ['国家卫健委'], duties: 1, keys: [] }],
    events: [
      { kind: 'move', from: '科学技术部', to: '国家卫生健康委员会', key: '科技促进卫生健康发展规划' },
      { kind: 'move', from: '國家衛生健康委員會', to: '民政部' },
      { kind: 'abolish', from: '老龄办' },
    ],
  });
  const [move, moveOut, abolish] = doc.events!;
  it('matches kind, from and to after folding (aliases of gold units accepted) and the key of a move', () => {
    expect(eventMatches({ kind: 'move', from: '科学技术部', to: '国家卫健委', text: '组织拟订科技促进卫生健康发展规划和政策' }, move, doc)).toBe(true);
    expect(eventMatches({ kind: 'move', from: '科学技术部', to: '国家卫健委', text: '代管中国老龄协会' }, move, doc)).toBe(false);
    expect(eventMatches({ kind: 'assign', from: '科学技术部', to: '国家卫健委', text: '科技促进卫生健康发展规划' }, move, doc)).toBe(false);
    expect(eventMatches({ kind: 'move', from: '国家卫生健康委员会', to: '民政部', what: '3名行政编制' }, moveOut, doc)).toBe(true);
    expect(eventMatches({ kind: 'abolish', from: '老龄办', to: null }, abolish, doc)).toBe(true);
    expect(eventMatches({ kind: 'abolish', from: '老龄办', to: '民政部' }, abolish, doc)).toBe(false);
  });
  /** Whether a tool event (kind, from) into `to` matches the gold merge of `goldFrom` into `to`. */
  const matchesMerge = (goldFrom: string, to: string, kind: string, from: string) => {
    const merged = gold({ units: [], events: [{ kind: 'merge', from: goldFrom, to }] });
    return eventMatches({ kind, from, to }, merged.events![0], merged);
  };

  it('a merge matches whatever order its units are listed in, but not with a unit more or less', () => {
    expect(matchesMerge('工商局、质监局', '市场监督管理局', 'merge', '质监局、工商局')).toBe(true);
    expect(matchesMerge('工商局、质监局', '市场监督管理局', 'merge', '质监局')).toBe(false);
    expect(matchesMerge('工商局、质监局', '市场监督管理局', 'rename', '质监局、工商局')).toBe(false);
  });

  it('a unit a notice calls the former X (原X) is X, on either side', () => {
    expect(matchesMerge('原自治区文化厅、自治区旅发委', '自治区文化和旅游厅', 'merge', '自治区文化厅、自治区旅发委')).toBe(true);
    expect(matchesMerge('原自治区文化厅、自治区旅发委', '自治区文化和旅游厅', 'merge', '自治区文化厅、原自治区旅发委')).toBe(true);
    expect(matchesMerge('原自治区文化厅、自治区旅发委', '自治区文化和旅游厅', 'merge', '自治区文化厅、自治区体育局')).toBe(false);
  });

  it("a gold move of all of a donor's duties is matched by a tool merge of that donor into the same unit, one per donor", () => {
    const moves = gold({
      units: [],
      events: [
        { kind: 'move', from: '县城乡建设委员会', to: '县住房和城乡建设委员会', what: '县城乡建设委员会的职责', key: '县城乡建设委员会的职责' },
        { kind: 'move', from: '原县房管局', to: '县住房和城乡建设委员会', what: '原县房管局的职责' },
        { kind: 'move', from: '县政府办公室', to: '县住房和城乡建设委员会', what: '人民防空职责', key: '县政府办公室的人民防空职责' },
      ],
    });
    const merge: ToolEvent = { kind: 'merge', from: '县城乡建设委员会、县房管局', to: '县住房和城乡建设委员会' };
    // A narrower move (人民防空职责) is no whole-duties move: a merge does not say it.
    expect(matchEvents([merge], moves.events!, moves)).toEqual([true, true, false]);
    expect(matchEvents([{ ...merge, to: '县政府办公室' }], moves.events!, moves)).toEqual([false, false, false]);
  });

  it('uses each tool event once', () => {
    const tool: ToolEvent[] = [{ kind: 'move', from: '国家卫生健康委员会', to: '民政部' }];
    const twice = gold({ units: [], events: [{ kind: 'move', from: '国家卫生健康委员会', to: '民政部' }, { kind: 'move', from: '国家卫生健康委员会', to: '民政部' }] });
    expect(matchEvents(tool, twice.events!, twice)).toEqual([true, false]);
  });
  it('toolEventsOf(model) is null while the org model has no events field', () => {
    expect(toolEventsOf({ units: [], duties: [] })).toBeNull();
    expect(toolEventsOf({ units: [], duties: [], events: [] })).toEqual([]);
  });
});

describe('sumPart(scores) and the printed fractions', () => {
  it('sums fractions, read-nothing documents and per-form recall', () => {
    const a = scoreDocument('a', gold({ form: 'b', units: [{ name: '办公室', duties: 1, keys: ['文秘'] }] }), { units: [unit('o', '办公室')], duties: [duty('o', '文秘')] }, null);
    const b = scoreDocument('b', gold({ form: 'a', units: [{ name: '国务院办公厅', duties: 7, keys: [] }] }), { units: [], duties: [] }, null);
    const p = sumPart([a, b]);
    expect(p.recall).toEqual({ hit: 1, of: 2 });
    expect(p.readNothing).toBe(1);
    expect(p.recallByForm).toEqual([
      { form: 'a', recall: { hit: 0, of: 1 } },
      { form: 'b', recall: { hit: 1, of: 1 } },
    ]);
    expect(p.events).toBeNull();
  });
  it('formats a fraction with its count and marks it against a target', () => {
    expect(formatFraction({ hit: 31, of: 34 })).toBe('0.912 (31/34)');
    expect(formatFraction({ hit: 0, of: 0 })).toBe('n/a (0/0)');
    expect(mark({ hit: 9, of: 10 }, 0.9)).toBe('✓');
    expect(mark({ hit: 8, of: 10 }, 0.9)).toBe('✗');
  });
});

describe('reading gold batches', () => {
  it('parseGoldBatch(text) refuses a half-written file in one line and skips an invalid document', () => {
    const half = parseGoldBatch('{"documents": [ {"id": "x", ');
    expect('error' in half && half.error).toMatch(/^not valid JSON/);
    const batch = parseGoldBatch(JSON.stringify({ documents: [{ id: 'ok', file: 'f.txt', form: 'c', units: [], split: 'tune' }, { id: 'bad', form: 'c' }] }));
    expect('documents' in batch && batch.documents.map((d) => d.id)).toEqual(['ok']);
    expect('problems' in batch && batch.problems).toHaveLength(1);
  });
});
