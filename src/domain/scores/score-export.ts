/**
 * Reading the platform's score export (「考试管理-科目成绩」 → 导出) or a table staff paste.
 * The export's layout is not published, so the columns are found by their headers,
 * several spellings accepted, in either of two shapes: one row per candidate with
 * 理论成绩 and 实操成绩, or one row per subject with 科目名称 and 成绩.
 */
import { levelFacts, levels } from '../certificate/facts';
import { menus } from '../platform/facts';
import type { Level } from '../certificate/schema';
import { parseScore } from './parse-score';
import type { Score, Sitting, SubjectKind } from './schema';

/** Header spellings accepted for each column (our reading; the export's own headers are unverified). */
export const scoreExportHeaders = {
  name: ['考生姓名', '姓名', '学生姓名'],
  idNumber: ['身份证号', '身份证号码', '证件号码', '证件号'],
  ticketNumber: ['准考证号', '准考证号码', '准考证'],
  level: ['报考级别', '级别', '证书级别', '等级'],
  certificate: ['考核证书', '证书名称', '证书'],
  subject: ['科目名称', '考试科目', '科目'],
  subjectCode: ['科目编号', '科目编码'],
  score: ['成绩', '科目成绩', '考试成绩', '分数', '得分'],
  theory: ['理论成绩', '理论'],
  practical: ['实操成绩', '实践成绩', '实操', '实践'],
  plan: ['考试计划', '计划名称', '考核计划'],
} as const;

type Column = keyof typeof scoreExportHeaders;

/** A problem with one row (1-based, as the spreadsheet numbers it) or with the whole table (row 0). */
export interface TableProblem {
  row: number;
  message: string;
}

/** What was read from a score table. */
export interface ScoreTableReading {
  sittings: Sitting[];
  problems: TableProblem[];
  /** Notes about automatic readings (full-width digits and the like), never silent. */
  changes: string[];
}

const normalizeHeader = (cell: string) => cell.replace(/[\s*＊]/g, '');

function findColumns(row: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  const headers = row.map(normalizeHeader);
  for (const [column, spellings] of Object.entries(scoreExportHeaders) as [Column, readonly string[]][]) {
    const index = headers.findIndex((header) => spellings.includes(header));
    if (index >= 0) found[column] = index;
  }
  return found;
}

/** Return the level named in a cell: 初级, 中级 or 高级, also inside 「…证书（初级）」 or 「初级理论」. */
function findLevel(text: string): Level | undefined {
  return levels.find((level) => text.includes(level));
}

function findSubject(name: string, code: string): { level?: Level; kind?: SubjectKind } {
  for (const level of levels) {
    const subject = levelFacts[level].subjects.find((candidate) => candidate.code === code.trim());
    if (subject) return { level, kind: subject.kind };
  }
  const kind: SubjectKind | undefined = /理论/.test(name) ? '理论' : /实操|实践/.test(name) ? '实操' : undefined;
  return { level: findLevel(name), kind };
}

/** Read a score table (rows of cells, header row first or within the first rows) into sittings. */
export function readScoreTable(table: readonly (readonly string[])[]): ScoreTableReading {
  const headerIndex = table.slice(0, 10).findIndex((row) => {
    const columns = findColumns(row);
    return columns.name !== undefined && columns.idNumber !== undefined;
  });
  if (headerIndex < 0) {
    return { sittings: [], changes: [], problems: [{ row: 0, message: '没有找到表头：表格需要有「考生姓名」和「身份证号」（或「证件号码」）两列。' }] };
  }
  const columns = findColumns(table[headerIndex]!);
  const isWide = columns.theory !== undefined && columns.practical !== undefined;
  if (!isWide && (columns.score === undefined || (columns.subject === undefined && columns.subjectCode === undefined))) {
    const found = table[headerIndex]!.filter((cell) => cell.trim()).join('、');
    return {
      sittings: [],
      changes: [],
      problems: [{ row: headerIndex + 1, message: `没有找到成绩列：需要「理论成绩」「实操成绩」两列，或「科目名称」「成绩」两列。这份表格的列是：${found}。` }],
    };
  }
  const problems: TableProblem[] = [];
  const changes: string[] = [];
  const byKey = new Map<string, Sitting & { rows: number[]; kinds: SubjectKind[] }>();
  const cell = (row: readonly string[], column: Column) => (columns[column] === undefined ? '' : (row[columns[column]!] ?? '').trim());

  table.slice(headerIndex + 1).forEach((row, offset) => {
    const rowNumber = headerIndex + offset + 2;
    if (row.every((value) => !value.trim())) return;
    const name = cell(row, 'name');
    const idNumber = cell(row, 'idNumber').toUpperCase();
    if (!name || !idNumber) {
      problems.push({ row: rowNumber, message: `第 ${rowNumber} 行缺少${!name ? '「考生姓名」' : '「身份证号」'}，这一行没有读入。` });
      return;
    }
    const readScore = (raw: string, header: string): Score | undefined => {
      const reading = parseScore(raw);
      if (!reading.ok) {
        problems.push({ row: rowNumber, message: `第 ${rowNumber} 行「${header}」：${reading.message}` });
        return undefined;
      }
      changes.push(...reading.changes.map((change) => `第 ${rowNumber} 行「${header}」：${change}`));
      return reading.value;
    };
    const subject = isWide ? {} : findSubject(cell(row, 'subject'), cell(row, 'subjectCode'));
    const level = findLevel(cell(row, 'level')) ?? findLevel(cell(row, 'certificate')) ?? subject.level;
    if (!level) {
      problems.push({ row: rowNumber, message: `第 ${rowNumber} 行看不出报考级别：请在「报考级别」列写“初级”“中级”或“高级”。` });
      return;
    }
    const plan = cell(row, 'plan');
    const key = `${idNumber}|${level}|${plan}`;
    const sitting = byKey.get(key) ?? { name, idNumber, ticketNumber: cell(row, 'ticketNumber'), level, plan, theory: null, practical: null, rows: [], kinds: [] };
    sitting.rows.push(rowNumber);
    if (isWide) {
      const theory = readScore(cell(row, 'theory'), '理论成绩');
      const practical = readScore(cell(row, 'practical'), '实操成绩');
      if (theory === undefined || practical === undefined) return;
      if (byKey.has(key)) {
        problems.push({ row: rowNumber, message: `第 ${rowNumber} 行与第 ${sitting.rows[0]} 行是同一考生的同一级别，请删去重复的一行。` });
        return;
      }
      Object.assign(sitting, { theory, practical });
    } else {
      if (!subject.kind) {
        problems.push({ row: rowNumber, message: `第 ${rowNumber} 行看不出是理论还是实操：「科目名称」应含“理论”或“实操”。` });
        return;
      }
      if (sitting.kinds.includes(subject.kind)) {
        problems.push({ row: rowNumber, message: `第 ${rowNumber} 行重复了该考生${level}${subject.kind}的成绩（见第 ${sitting.rows[0]} 行），请删去重复的一行。` });
        return;
      }
      const score = readScore(cell(row, 'score'), '成绩');
      if (score === undefined) return;
      sitting.kinds.push(subject.kind);
      sitting[subject.kind === '理论' ? 'theory' : 'practical'] = score;
    }
    byKey.set(key, sitting);
  });
  const sittings = [...byKey.values()].map(({ name, idNumber, ticketNumber, level, plan, theory, practical }) => ({
    name, idNumber, ticketNumber, level, plan, theory, practical,
  }));
  const plans = [...new Set(sittings.map((sitting) => sitting.plan).filter(Boolean))];
  // A certificate is judged on both subjects of one sitting, and a 复查表 names one 考试计划:
  // rows of several plans would look like the same candidate twice, so none is read.
  if (plans.length > 1) return { sittings: [], changes, problems: [{ row: 0, message: formatSeveralPlansMessage(plans) }, ...problems] };
  return { sittings, problems, changes };
}

/** Return the message for a table holding the scores of more than one exam plan. */
function formatSeveralPlansMessage(plans: readonly string[]): string {
  return `表格里有 ${plans.length} 个考试计划（${plans.join('、')}），没有读入：成绩按同一次考试判定。请在「${menus.scores}」按考试计划筛选后导出，一次只读入一个考试计划的成绩。`;
}
