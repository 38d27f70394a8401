/** The certificate wizard's screens and how each is checked. */
import type { FieldError } from '../kit/wizard-machine';
import { checkScoreRow, type ScoreRowForm } from '../review/score-rows';

/** Screens of the certificate wizard, in order. */
export const certificateSteps = ['scores', 'results', 'stamp', 'issuance'] as const;
export type CertificateStep = (typeof certificateSteps)[number];

/** Items of the issuance checklist the school ticks off, by key. */
export const issuanceChecklist = ['stampUploaded', 'signer', 'pageSize', 'wechat', 'reject', 'delivery', 'lookup'] as const;
export type IssuanceItem = (typeof issuanceChecklist)[number];

/** Return the problems of the scores screen: at least one row, each row complete with valid scores. */
export function checkScoreRows(rows: readonly ScoreRowForm[]): FieldError[] {
  if (rows.length === 0) return [{ field: 'student-add', message: '请粘贴或上传成绩，或至少添加一位考生' }];
  return rows.flatMap((row, index) => checkScoreRow(row, index, false));
}

/** Return the problems of one screen; only the scores screen can have any. */
export function validateCertificateStep(step: CertificateStep, rows: readonly ScoreRowForm[]): FieldError[] {
  return step === 'scores' ? checkScoreRows(rows) : [];
}
