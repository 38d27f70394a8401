/**
 * The certificate wizard's screens in order (name, fields, what each checks on 下一步):
 * the scores, the results by level, the stamp and the issuing checklist. Only the scores
 * screen checks anything. Pure functions of the context.
 */
import { defineSteps } from '../kit/step-list';
import type { FieldError } from '../kit/wizard-machine';
import { scoreSourceFields } from '../shared/scores/score-import';
import { checkScoreRow, rowFieldId, rowFieldPattern, scoreColumns, type ScoreRowForm } from '../shared/scores/score-rows';
import type { CertificatesContext } from './context-schema';

/** Id of the stamp screen's file box: a picture that cannot be used is its error. */
export const stampFileField = 'stamp-file';

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

/** The screens, in order. */
export const certificatesSteps = defineSteps<CertificatesContext>()({
  scores: {
    title: '考试成绩',
    fields: ['student-add', scoreSourceFields.paste, scoreSourceFields.file, rowFieldPattern(scoreColumns)],
    check: (context) => checkScoreRows(context.rows),
  },
  results: { title: '考证结果' },
  stamp: { title: '负责人签名章', fields: [stampFileField] },
  issuance: { title: '签发和发证清单' },
});
export type CertificatesStep = (typeof certificatesSteps.ids)[number];
