/** The certificate wizard's screens and how each is checked. */
import type { FieldError } from '../kit/wizard-machine';
import { checkScoreRow, rowFieldId, type ScoreRowForm } from '../review/score-rows';

/** Screens of the certificate wizard, in order. */
export const certificateSteps = ['scores', 'results', 'stamp', 'issuance'] as const;
export type CertificateStep = (typeof certificateSteps)[number];

/** Items of the issuance checklist the school ticks off, by key. */
export const issuanceChecklist = ['stampUploaded', 'signer', 'pageSize', 'wechat', 'reject', 'delivery', 'lookup'] as const;
export type IssuanceItem = (typeof issuanceChecklist)[number];

/** Return the problems of the scores screen: at least one row, each row complete with valid scores. */
export function checkScoreRows(rows: readonly ScoreRowForm[]): FieldError[] {
  if (rows.length === 0) return [{ field: 'student-add', message: '请粘贴或上传成绩，或至少添加一位考生' }];
  const firstRow = new Map<string, number>();
  return rows.flatMap((row, index) => {
    const errors = checkScoreRow(row, index, false);
    // The same candidate at the same level twice would be counted twice on the pass list.
    const key = `${row.idNumber.trim().toUpperCase()}|${row.level}`;
    const first = firstRow.get(key);
    if (row.idNumber.trim() && row.level && first !== undefined) {
      errors.push({ field: rowFieldId(index, 'idNumber'), message: `第 ${index + 1} 位考生与第 ${first + 1} 位考生的身份证号和报考级别相同，请删去重复的一行` });
    } else firstRow.set(key, index);
    return errors;
  });
}

/** Return the problems of one screen; only the scores screen can have any. */
export function validateCertificateStep(step: CertificateStep, rows: readonly ScoreRowForm[]): FieldError[] {
  return step === 'scores' ? checkScoreRows(rows) : [];
}
