import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/run/load.ts';
import { tempDir } from '../ingest/temp-dir.ts';

/** A cell holding one paragraph per line, as a person types a multi-line cell in Word. */
function cell(text: string): TableCell {
  return new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)) });
}

/** A 职位说明书 the common company way: a Title, then label | value rows, then the duty rows. */
async function positionDocx(rows: string[][]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '华信科技有限公司职位说明书', heading: HeadingLevel.TITLE }),
          new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The org model dutylens reads from such a .docx, written to a temporary folder as `name`. */
async function modelOfDocx(name: string, rows: string[][]) {
  const { write } = await tempDir();
  return (await loadModel([await write(name, await positionDocx(rows))], {})).model;
}

describe('a key-value 岗位说明书 .docx table', () => {
  it('reads into its position under its 所属部门, with its duties, and the Title names no unit', async () => {
    const model = await modelOfDocx('出纳.docx', [
        ['职位名称', '出纳', '所属部门', '财务部'],
        ['直接上级', '会计主管', '直接下级', '无'],
        ['工作职责', '1、负责现金收付和银行结算业务。\n2、负责登记现金日记账和银行存款日记账。\n3、负责保管库存现金和有价证券。'],
        ['任职资格', '大专以上学历,会计相关专业。'],
      ]);
    const position = model.units.find((u) => u.name === '出纳');
    const department = model.units.find((u) => u.name === '财务部');
    expect(position?.kind).toBe('position');
    expect(position?.parentId).toBe(department?.id);
    expect(position?.attributes['直接上级']).toBe('会计主管');
    const duties = model.duties.filter((d) => d.unitId === position?.id).map((d) => d.text);
    expect(duties).toEqual(['负责现金收付和银行结算业务。', '负责登记现金日记账和银行存款日记账。', '负责保管库存现金和有价证券。']);
    expect(model.duties.some((d) => d.text.includes('大专以上学历'))).toBe(false);
    expect(model.units.map((u) => u.name)).not.toContain('华信科技有限公司职位说明书');
  });

  it('reads a department\'s own form (部门名称 | 人力资源部 | … | 部门职责) as that department with its duties', async () => {
    const model = await modelOfDocx('部门职责说明书.docx', [
        ['部门名称', '人力资源部', '部门负责人', '张三'],
        ['直接上级', '总经理', '下属岗位', '招聘专员、培训专员'],
        ['部门职责', '1、负责公司人力资源规划。\n2、负责员工招聘与培训。\n3、负责薪酬福利管理。'],
      ]);
    const unit = model.units.find((u) => u.name === '人力资源部');
    expect(unit?.kind).not.toBe('position');
    expect(unit?.attributes['部门负责人']).toBe('张三');
    expect(model.duties.filter((d) => d.unitId === unit?.id).map((d) => d.text)).toEqual(['负责公司人力资源规划。', '负责员工招聘与培训。', '负责薪酬福利管理。']);
  });

  it('reads a bilingual form whose English labels are glued to the Chinese values, and its duties after the last field', async () => {
    const text =
      'Division/Department: Supply Chain Department 部门: 物流部Job title: Warehouse Keeper 职位名称: 仓库管理员Reports to: Supply Chain Manager 汇报对象: 物流经理Responsibilities:岗位职责:- Number of subordinates: 0下属人数: 0- Responsibilities:职责:1. Responsible for the stock accuracy对库存精确性负责;2. Responsible for the reception of the goods对货物的接收负责;3. Responsible for the monthly stock report负责月库存报告。';
    const { write } = await tempDir();
    const { model } = await loadModel([await write('wk.txt', `仓管员职位说明书\n${text}\n`)], {});
    const position = model.units.find((u) => u.name === '仓库管理员');
    expect(model.units.find((u) => u.id === position?.parentId)?.name).toBe('物流部');
    expect(model.duties.filter((d) => d.unitId === position?.id && d.level === 0)).toHaveLength(3);
  });

  it('puts the department of a form under the organisation named on a line of its own above the title', async () => {
    const { write } = await tempDir();
    const text = '天津坤如玛丽妇产医院\n护理部岗位说明书\n岗位名称:护士\n所在部门:临床科室\n工作职责\n1. 负责本专业范围内的临床护理工作。\n2. 执行医嘱,完成护理操作。\n';
    const { model } = await loadModel([await write('hs.txt', text)], {});
    const department = model.units.find((u) => u.name === '临床科室');
    expect(model.units.find((u) => u.id === department?.parentId)?.name).toBe('天津坤如玛丽妇产医院');
    expect(model.units.find((u) => u.name === '护士')?.parentId).toBe(department?.id);
  });

  it('reads the same table flattened to one cell per line', async () => {
    const lines = ['职位说明书', '职位名称', '出纳', '所属部门', '财务部', '直接上级', '会计主管', '工作职责', '绩效标准', '1', '负责现金收付。', '收付准确', '2', '负责登记日记账。', '日清日结'];
    const { write } = await tempDir();
    const file = await write('jd.txt', `${lines.join('\n')}\n`);
    const { model } = await loadModel([file], {});
    const position = model.units.find((u) => u.name === '出纳');
    expect(model.units.find((u) => u.id === position?.parentId)?.name).toBe('财务部');
    expect(model.duties.filter((d) => d.unitId === position?.id && d.level === 0)).toHaveLength(2);
    expect(model.units.some((u) => /所属部门|直接上级/u.test(u.name))).toBe(false);
  });

  it('takes the department from the form\'s title row when no 所属部门 field says it, and reads duties after an unnumbered 工作概述', async () => {
    const model = await modelOfDocx('业务员.docx', [
        ['仓储部内勤业务员岗位说明书'],
        ['岗位名称', '业务员', '岗位编号', 'CC-003'],
        ['直接上级', '仓储主管', '直接下级', ''],
        ['工作概述', '负责成品入库、出库和盘点。'],
        ['一、工作职责'],
        ['1、入库管理', '(1)核对送货单,组织卸货验收。\n(2)登记入库台账。'],
        ['2、出库管理', '按发货通知单备货并办理出库手续。'],
        ['二、工作权限'],
        ['1、业务权限', ''],
      ]);
    const position = model.units.find((u) => u.name === '业务员');
    expect(model.units.find((u) => u.id === position?.parentId)?.name).toBe('仓储部');
    const top = model.duties.filter((d) => d.unitId === position?.id && d.level === 0).map((d) => d.text);
    expect(top).toHaveLength(2);
    expect(top[0]).toContain('入库管理');
    expect(model.duties.some((d) => d.text.includes('业务权限'))).toBe(false);
  });
});
