/**
 * A group's position descriptions (岗位说明书), one plain-text file per
 * position, as an HR department keeps them: a title, the basic facts
 * (岗位名称, 所属部门, 直接上级 …), the purpose, the numbered duties, the
 * qualifications, the working relations and the appraisal. The duties come
 * from the statement generator (generate.ts), one generated unit per
 * position, so positions overlap as the synthetic units do; heading and
 * numbering styles vary from file to file as they do between departments.
 * Deterministic from the seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './generate.ts';
import { between, seededRandom } from './random.ts';

const COMPANIES = ['华信科技', '东方通信', '远航集团', '恒达实业', '新城控股', '安泰保险', '中联物流', '瑞丰银行'] as const;
const DEPARTMENTS = [
  '市场部', '财务部', '人力资源部', '综合办公室', '网络部', '运维中心', '客户服务中心', '采购部', '法律事务部', '审计部',
  '信息技术部', '政企客户部', '家庭客户部', '个人客户部', '渠道管理部', '工程建设部', '安全保卫部', '战略发展部', '品牌宣传部', '党群工作部',
] as const;
const POSITIONS = ['经理', '副经理', '主管', '高级专员', '专员', '助理', '工程师', '高级工程师', '分析师', '业务经理', '客户经理', '项目经理'] as const;
const SUBJECTS = ['渠道', '营销', '预算', '薪酬', '招聘', '网络优化', '数据', '合同', '安全', '质量', '运营', '产品', '品牌', '培训', '采购', '结算'] as const;
const MAJORS = ['市场营销', '财务管理', '人力资源管理', '计算机', '通信工程', '法学', '工商管理', '统计学'] as const;
const INTERNAL = ['财务部', '人力资源部', '市场部', '综合办公室', '信息技术部', '各分公司'] as const;
const EXTERNAL = ['合作伙伴', '政府主管部门', '供应商', '重点客户', '行业协会', '审计机构'] as const;
const INDICATORS = ['工作计划完成率', '客户满意度', '预算执行偏差率', '重点任务按时完成率', '差错率', '报表及时率', '项目验收通过率'] as const;

/** Chinese numerals for section headings (一、二、…). */
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'] as const;

/** How a file numbers its duties: 1. / 1、 / (1) / （一）. */
const DUTY_NUMBERING: readonly ((k: number) => string)[] = [(k) => `${k + 1}. `, (k) => `${k + 1}、`, (k) => `(${k + 1})`, (k) => `（${NUMERALS[k % NUMERALS.length]}）`];
/** How a file heads its sections: 一、 / 【】. */
const SECTION_HEADING: readonly ((k: number, title: string) => string)[] = [(k, t) => `${NUMERALS[k]}、${t}`, (_, t) => `【${t}】`];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** One position description's text. */
function positionText(random: () => number, duties: readonly string[], serial: number): { name: string; text: string } {
  const company = pick(random, COMPANIES);
  const department = pick(random, DEPARTMENTS);
  const position = `${pick(random, SUBJECTS)}${pick(random, POSITIONS)}`;
  const number = DUTY_NUMBERING[Math.floor(random() * DUTY_NUMBERING.length)];
  const heading = SECTION_HEADING[Math.floor(random() * SECTION_HEADING.length)];
  const colon = random() < 0.7 ? '：' : ':';
  const lines = [`${company}${department}${position}岗位说明书`, ''];
  let section = 0;
  lines.push(heading(section++, '岗位基本信息'));
  lines.push(`岗位名称${colon}${position}`, `所属部门${colon}${department}`, `直接上级${colon}${department}${pick(random, ['经理', '总经理', '主任'])}`);
  if (random() < 0.6) lines.push(`直接下级${colon}${random() < 0.5 ? '无' : `${pick(random, SUBJECTS)}专员`}`);
  lines.push(`岗位定员${colon}${between(random, 1, 6)}人`, `岗位编号${colon}GW-${String(serial).padStart(5, '0')}`, '');
  lines.push(heading(section++, '岗位目的'));
  lines.push(`在${department}的领导下，负责${pick(random, SUBJECTS)}相关工作的组织与落实，保障部门年度目标的实现。`, '');
  lines.push(heading(section++, '岗位职责'));
  duties.forEach((duty, k) => lines.push(`${number(k)}${duty}${random() < 0.8 ? '。' : '；'}`));
  lines.push('');
  lines.push(heading(section++, '任职资格'));
  lines.push(
    `1. 学历${colon}本科及以上学历，${pick(random, MAJORS)}等相关专业；`,
    `2. 工作经验${colon}${between(random, 1, 8)}年以上相关工作经验；`,
    `3. 专业技能${colon}熟悉${pick(random, SUBJECTS)}业务流程，熟练使用办公软件；`,
    `4. 素质要求${colon}责任心强，具有良好的沟通协调能力。`,
    '',
  );
  lines.push(heading(section++, '工作关系'));
  lines.push(`内部协调${colon}${pick(random, INTERNAL)}、${pick(random, INTERNAL)}`, `外部协调${colon}${pick(random, EXTERNAL)}`, '');
  if (random() < 0.7) {
    lines.push(heading(section++, '考核指标'));
    lines.push(`${pick(random, INDICATORS)}、${pick(random, INDICATORS)}、${pick(random, INDICATORS)}`, '');
  }
  return { name: `${String(serial).padStart(5, '0')}_${department}_${position}`, text: lines.join('\n') };
}

/**
 * Writes `count` position descriptions into `dir` (one `.txt` each, 5–12
 * duties drawn from one generated unit) and returns the number of duties
 * written.
 */
export function writePositionDescriptions(dir: string, count: number, seed = 20240611): number {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(seed);
  // Generated units hold 5–40 statements (22 on average); a position keeps 5–12 of its unit's.
  const corpus = generateCorpus({ size: count * 24, seed });
  let duties = 0;
  let start = 0;
  for (let serial = 1; serial <= count; serial++) {
    if (start >= corpus.texts.length) throw new Error(`the corpus ran out after ${serial - 1} positions`);
    let end = start;
    while (end < corpus.texts.length && corpus.unit[end] === corpus.unit[start]) end++;
    const own = corpus.texts.slice(start, Math.min(end, start + between(random, 5, 12)));
    const { name, text } = positionText(random, own, serial);
    writeFileSync(join(dir, `${name}.txt`), text);
    duties += own.length;
    start = end;
  }
  return duties;
}
