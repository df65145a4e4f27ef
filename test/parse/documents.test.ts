import { describe, expect, it } from 'vitest';
import { repeatedTitleLength, titleStartLength } from '../../src/parse/documents.ts';
import { tableOfContentsRanges } from '../../src/parse/toc.ts';
import { alignedNormalize } from '../../src/text/normalize.ts';
import { parse } from './read-lines.ts';

describe('parseText splits compilations into documents', () => {
  const compilation = [
    '2010版中国移动市场部各处室职责说明',
    '市场部各岗位工作职责及标准',
    '市场部经理职责:1、主导制定本部门管理制度;2、编制年度计划。',
    '移动主要部门及职责',
    '移动主要部门及职责综合部进展战略部计划建设部 9财务部 12人力资源部 18工会 132综合部综合部是公司综合管理部门。',
    '部门职责如下:1、完成部门关键绩效指标;2、负责公司文秘工作。',
    '移动主要部门及职责',
    '综合部综合部是公司综合管理部门。',
    '部门职责如下:1、完成部门关键绩效指标;2、负责公司文秘工作。',
  ].join('\n');

  it('starts a document at each title line and keeps the first of consecutive titles', () => {
    const parsed = parse(compilation, 'c.txt');
    expect(parsed.documents.map((d) => [d.id, d.title, d.source.line])).toEqual([
      ['c#1', '2010版中国移动市场部各处室职责说明', 1],
      ['c#2', '移动主要部门及职责', 4],
      ['c#3', '移动主要部门及职责', 7],
    ]);
  });

  it('never puts units of different documents together, and a repeated copy becomes its own document', () => {
    const parsed = parse(compilation, 'c.txt');
    for (const unit of parsed.units) {
      const parent = parsed.units.find((u) => u.id === unit.parentId);
      if (parent) expect(parent.documentId).toBe(unit.documentId);
    }
    const perDocument = parsed.documents.map((d) => parsed.units.filter((u) => u.documentId === d.id).map((u) => u.name));
    // 市场部经理's department is a unit of its own document, named by the post.
    expect(perDocument).toEqual([['市场部经理', '市场部'], ['综合部'], ['综合部']]);
  });

  it('reads no units from a table of contents', () => {
    const parsed = parse('部门职责汇编(V4.1)一、综合部 (3)(一)文秘室 (3)(二)综合室 (4)二、行政服务中心 (6)(一)综合业务室 (6)一、综合部1、组织开展综合性调研活动。');
    expect(parsed.units.map((u) => u.name)).toEqual(['综合部']);
    expect(parsed.duties.map((d) => d.text)).toEqual(['组织开展综合性调研活动。']);
  });

  it('gives a single document the file stem as id', () => {
    expect(parse('市场部职责\n一、综合部\n1、起草文件。', 'seeds/x_1.txt').documents.map((d) => d.id)).toEqual(['x_1']);
  });
});

describe('title and table-of-contents helpers', () => {
  it('titleStartLength(key) finds a title that opens a paragraph repeating its unit', () => {
    expect(titleStartLength('市场经营部 处室职责市场经营部2010年1月')).toBe('市场经营部 处室职责'.length);
    expect(titleStartLength('市场部部门职责市场部主要负责')).toBe(0);
  });

  it('repeatedTitleLength(key, title) ignores brackets, spaces and a site suffix', () => {
    expect(repeatedTitleLength('(岗位职责)市场部功能职责说明市场部职责', '岗位职责市场部功能职责说明')).toBe('(岗位职责)市场部功能职责说明'.length);
    expect(repeatedTitleLength('市场部岗位职责说明书市场部的', '市场部岗位职责说明书_岗位说明书_')).toBe(10);
    expect(repeatedTitleLength('综合部综合部是', '移动主要部门及职责')).toBe(0);
  });

  it('tableOfContentsRanges(key) finds dotted leaders from 目录', () => {
    const key = alignedNormalize('市场经营部2010年1月目 录第一章:组织结构 ....... - 2 -第二章:处室职责 ....... - 3 -一、市场策划处处室职责........ - 3 -正文');
    const [range] = tableOfContentsRanges(key);
    expect(key.slice(range[1])).toBe('正文');
    expect(key.slice(0, range[0])).toBe('市场经营部2010年1月');
  });
});
