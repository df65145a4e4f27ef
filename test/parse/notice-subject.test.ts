import { describe, expect, it } from 'vitest';
import { DEFAULT_EVENT_LEXICON } from '../../src/parse/event-lexicon.ts';
import { noticeSubjects } from '../../src/parse/notice-subject.ts';
import { parseText } from '../../src/parse/parse-text.ts';

const subjects = (...texts: string[]) =>
  noticeSubjects(texts.map((text, i) => ({ text, line: i + 1 })), DEFAULT_EVENT_LEXICON).map((s) => `${s.role}:${s.name}`);

describe('whom a notice is about, from its headline and lead', () => {
  it('the organisation that reorganises: one that announces, a 机构改革 of a place, a headline that changes its own units', () => {
    expect(subjects('华为宣布调整组织架构,撤销终端事业部')).toEqual(['organisation:华为']);
    expect(subjects('3月2日,岳阳市云溪区机构改革全面完成')).toEqual(['organisation:岳阳市云溪区']);
    expect(subjects('南阳市中心医院新建重组部分科室')).toEqual(['organisation:南阳市中心医院']);
    expect(subjects('日前,山西省太原市娄烦县对外公布了“人口小县机构改革”进展')).toEqual(['organisation:山西省太原市娄烦县']);
    expect(subjects('宜兰县政府因应行政院修正组织准则,今(16日)县务会议通过组织调整草案,将裁撤原住民事务所。')).toEqual(['organisation:宜兰县政府']);
    expect(subjects('市第一医院今年将继续做好医疗服务工作。')).toEqual([]);
    expect(subjects('要站在大局和高度,充分认识和理解学院成立的必要性和重大意义。')).toEqual([]);
    expect(subjects('张勇宣布了一个组织变革决定:即在阿里巴巴集团之下,设立阿里云智能、菜鸟等六大业务集团')).toEqual(['organisation:阿里巴巴集团']);
  });

  it('the unit whose creation the lead reports, with the words around its name left out', () => {
    expect(subjects('本报讯 (记者 王明) 2月5日,市疾病预防控制中心重新组建挂牌成立。')).toEqual(['announced:市疾病预防控制中心']);
    expect(subjects('长沙市自然资源和规划局正式挂牌成立')).toEqual(['announced:长沙市自然资源和规划局']);
  });

  it('the organisation a news item has its facts from, and the unit a plaque or a new name is for', () => {
    expect(subjects('9月23日,记者从西北农林大学获悉,该校调整学院设置')).toEqual(['organisation:西北农林大学']);
    expect(subjects('副县长为县食品药品监督管理局揭牌')).toEqual(['announced:县食品药品监督管理局']);
    expect(subjects('标志着“甲县市场监督管理局”正式更名为“甲县食品药品监督管理局”')).toEqual(['announced:甲县食品药品监督管理局']);
  });

  it('no subject from generic levels, counts, cited plans or lines past the lead', () => {
    expect(subjects('区委、区政府召开机构改革工作会议')).toEqual([]);
    expect(subjects('六个新学院成立')).toEqual([]);
    expect(subjects('依据《株洲市机构改革方案》,撤销市规划局')).toEqual([]);
    expect(subjects('一', '二', '三', '四', '五', '六', '长沙市自然资源和规划局正式挂牌成立')).toEqual([]);
    // An item of a numbered list is a rule or a duty: "6、项目组成立后,…" announces nothing.
    expect(subjects('6、 项目组成立后,公司各相关部门应向项目组移交工作')).toEqual([]);
  });

  it('the work a notice states for a unit it is about becomes that unit\'s duty', () => {
    const lines = ['本报讯 2月5日,市疾病预防控制中心重新组建挂牌成立。', '重新组建的市疾病预防控制中心,整合了原中心与市卫生监督所的机构职责,主要职责包括负责辖区内疫情信息收集与上报、流行病学调查等工作。']
      .map((text, i) => ({ text, line: i + 1 }));
    const parsed = parseText('n.txt', lines);
    expect(parsed.duties.map((d) => d.text)).toEqual(['负责辖区内疫情信息收集与上报、流行病学调查等工作']);
    expect(parsed.units.find((u) => u.id === parsed.duties[0]?.unitId)?.name).toBe('市疾病预防控制中心');
  });

  it('parseText makes them units of the notice, the announced one merged with the same name written without its place', () => {
    const lines = ['长沙市自然资源和规划局正式挂牌成立', '将市发改委组织编制主体功能区规划职责划入市自然资源和规划局。'].map((text, i) => ({ text, line: i + 1 }));
    const parsed = parseText('notice.txt', lines);
    expect(parsed.units.map((u) => u.name)).toEqual(['长沙市自然资源和规划局']);
    expect(parsed.duties.map((d) => d.text)).toEqual(['市发改委组织编制主体功能区规划职责']);
    const company = parseText('n.txt', [{ text: '华为宣布调整组织架构,撤销终端事业部', line: 1 }]);
    expect(company.units.map((u) => `${u.kind}:${u.name}`)).toEqual(['organisation:华为']);
  });

  it('the work a notice states for units it creates, each under the unit whose clause creates it, and those under the organisation that reorganises', () => {
    const lines = ['嘉兴市政府即日起正式施行组织编制调整。', '经济处新设数据科,社会处将救助行政科分设为救助科与行政科。', '新设的数据科将负责推进数据共享,汇总各处统计。社会处分设后,救助科专注于困难群众救助,行政科则负责政策研究与行政支援。']
      .map((text, i) => ({ text, line: i + 1 }));
    const parsed = parseText('n.txt', lines);
    const name = new Map(parsed.units.map((u) => [u.id, u.name]));
    expect(parsed.units.map((u) => `${u.name}<${u.parentId === null ? '' : name.get(u.parentId)}`)).toEqual(['嘉兴市政府<', '经济处<嘉兴市政府', '数据科<经济处', '社会处<嘉兴市政府', '救助科<社会处', '行政科<社会处']);
    expect(parsed.duties.map((d) => `${name.get(d.unitId)}: ${d.text}`)).toEqual(['数据科: 负责推进数据共享,汇总各处统计', '救助科: 专注于困难群众救助', '行政科: 负责政策研究与行政支援']);
    // A clause that moves work names no container: 民政局 is not where 救助科 sits.
    const moved = parseText('m.txt', ['民政局将社会救助职责划入救助科。', '救助科负责社会救助。'].map((text, i) => ({ text, line: i + 1 })));
    expect(moved.units.find((u) => u.name === '救助科')?.parentId).toBeNull();
  });
});
