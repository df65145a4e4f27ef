import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/run/load.ts';
import { tempDir } from '../ingest/temp-dir.ts';

describe('headings the source marks', () => {
  it('.docx heading styles make units that nest by level', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '华信科技有限公司部门职责', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: '财务部', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('1、负责公司年度预算的编制。'),
            new Paragraph({ text: '出纳', heading: HeadingLevel.HEADING_2 }),
            new Paragraph('1、负责现金收付。'),
            new Paragraph({ text: '采购部', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('1、负责物资采购。'),
          ],
        },
      ],
    });
    const { write } = await tempDir();
    const file = await write('职责.docx', await Packer.toBuffer(doc));
    const { model } = await loadModel([file], {});
    const byName = new Map(model.units.map((u) => [u.name, u]));
    expect(byName.get('出纳')?.parentId).toBe(byName.get('财务部')?.id);
    expect(byName.get('采购部')?.parentId).toBe(byName.get('财务部')?.parentId);
    expect(model.duties.find((d) => d.text.includes('现金收付'))?.unitId).toBe(byName.get('出纳')?.id);
    expect(model.duties.find((d) => d.text.includes('物资采购'))?.unitId).toBe(byName.get('采购部')?.id);
  });

  it('markdown # headings do the same, and a heading that names no unit closes the deeper ones', async () => {
    const { write } = await tempDir();
    const text = ['# 人力资源部', '1. 负责招聘。', '## 培训科', '1. 负责员工培训。', '# 附录', '本文件自发布之日起施行。'].join('\n');
    const file = await write('hr.md', `${text}\n`);
    const { model } = await loadModel([file], {});
    const byName = new Map(model.units.map((u) => [u.name, u]));
    expect(byName.get('培训科')?.parentId).toBe(byName.get('人力资源部')?.id);
    expect(model.duties.filter((d) => d.unitId === byName.get('培训科')?.id)).toHaveLength(1);
    expect(model.duties.some((d) => d.text.includes('施行'))).toBe(false);
  });
});
