/**
 * Rows of candidates with their scores, as typed or read from the platform's score
 * export: shared by the review wizard (who asks for a review) and the certificate
 * wizard (who passed). Scores stay text until read.
 */
import type { Level } from '../../../src/domain/certificate/schema';
import { parseScore } from '../../../src/domain/scores/parse-score';
import type { Score, Sitting } from '../../../src/domain/scores/schema';
import { cleanCellText, isFormulaLike } from '../../../src/domain/spreadsheet/rules';
import type { FieldError } from '../../kit/wizard-machine';
import type { ScoreRowForm } from './schema';

export type { ScoreRowForm };

/** Columns of a row, in the order of the 成绩复查表. */
export const scoreColumns = ['name', 'idNumber', 'ticketNumber', 'level', 'theory', 'practical'] as const;
export type ScoreColumn = (typeof scoreColumns)[number];

/** Column headings as the platform and the 成绩复查表 write them. */
export const scoreColumnLabels: Record<ScoreColumn, string> = {
  name: '考生姓名',
  idNumber: '身份证号',
  ticketNumber: '准考证号',
  level: '报考级别',
  theory: '理论成绩',
  practical: '实操成绩',
};

/** Return a row with nothing typed, or with the given values. */
export function createScoreRow(filled: Partial<ScoreRowForm> = {}): ScoreRowForm {
  return { name: '', idNumber: '', ticketNumber: '', level: '', theory: '', practical: '', ...filled };
}

/** Id of a row's box, e.g. `student-0-theory`. */
export const rowFieldId = (index: number, part: string) => `student-${index}-${part}`;

/** The ids `rowFieldId` gives the boxes `parts` of any row, for a step's `fields`. */
export const rowFieldPattern = (parts: readonly string[]) => new RegExp(`^student-\\d+-(${parts.join('|')})$`);

/** Read a typed score: null when blank or not a valid score (the screen's check reports it). */
export function readScoreText(raw: string): Score {
  const reading = parseScore(raw);
  return reading.ok ? reading.value : null;
}

/**
 * Return why a typed text cannot go into a spreadsheet as it is: hidden characters that
 * exceljs drops or that corrupt the file, or a leading = + - @ that a spreadsheet would run
 * as a formula. Null when it can. Never fixed silently: the user retypes it.
 */
export function findCellTextProblem(value: string, label: string): string | null {
  const trimmed = value.trim();
  if (cleanCellText(trimmed).text !== trimmed) return `${label}里有看不见的特殊字符（多半是从别处复制带来的），请删掉后重新输入`;
  if (isFormulaLike(trimmed)) return `${label}不能以 = + - @ 开头，请检查是否复制错了`;
  return null;
}

/** Return the problems of one row; `isTicketRequired` for forms that print the 准考证号. */
export function checkScoreRow(row: ScoreRowForm, index: number, isTicketRequired: boolean): FieldError[] {
  const id = (part: string) => rowFieldId(index, part);
  const who = `第 ${index + 1} 位考生`;
  const errors: FieldError[] = [];
  if (!row.name.trim()) errors.push({ field: id('name'), message: `请填写${who}的姓名` });
  if (!row.idNumber.trim()) errors.push({ field: id('idNumber'), message: `请填写${who}的身份证号` });
  if (isTicketRequired && !row.ticketNumber.trim()) errors.push({ field: id('ticketNumber'), message: `请填写${who}的准考证号` });
  if (!row.level) errors.push({ field: id('level'), message: `请选择${who}的报考级别` });
  for (const part of ['name', 'idNumber', 'ticketNumber'] as const) {
    const problem = row[part].trim() && findCellTextProblem(row[part], `${who}的${scoreColumnLabels[part]}`);
    if (problem) errors.push({ field: id(part), message: problem });
  }
  for (const part of ['theory', 'practical'] as const) {
    const reading = parseScore(row[part]);
    if (!reading.ok) errors.push({ field: id(part), message: `${who}的${scoreColumnLabels[part]}：${reading.message}` });
  }
  return errors;
}

/** Read a checked row as a sitting. */
export function toSitting(row: ScoreRowForm): Sitting {
  return {
    name: row.name.trim(),
    idNumber: row.idNumber.trim().toUpperCase(),
    ticketNumber: row.ticketNumber.trim(),
    level: row.level as Level,
    plan: '',
    theory: readScoreText(row.theory),
    practical: readScoreText(row.practical),
  };
}

/** Write a sitting read from a score export as a row to show and edit. */
export function fromSitting(sitting: Sitting): ScoreRowForm {
  const text = (score: Score) => (score === null ? '' : String(score));
  return { name: sitting.name, idNumber: sitting.idNumber, ticketNumber: sitting.ticketNumber, level: sitting.level, theory: text(sitting.theory), practical: text(sitting.practical) };
}
