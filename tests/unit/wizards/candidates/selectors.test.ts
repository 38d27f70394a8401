import { describe, expect, test } from 'vitest';
import { findDuplicates } from '../../../../src/domain/candidates/duplicates';
import type { CandidateIssue, CandidateRow, CandidateValues, ConflictDecisions } from '../../../../src/domain/candidates/schema';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { createInitialContext, type CandidatesContext } from '../../../../wizards/candidates/context';
import {
  selectCheckSummary,
  selectFailedRowIds,
  selectIncludedRows,
  selectIssuesByRow,
  selectListNotices,
  selectUndecidedConflicts,
} from '../../../../wizards/candidates/selectors';
import { makeId } from '../../../fixtures/candidates';

const base: CandidateValues = {
  name: '张三', pinyin: 'Zhang San', gender: '男', documentType: '身份证', documentNumber: '',
  phone: '13800138000', enrolmentYear: '2023', educationLevel: '高职', major: '电子商务', majorCode: '530701',
};
const row = (id: number, values: Partial<CandidateValues> = {}): CandidateRow => ({
  id,
  sourceRow: id + 1,
  values: { ...base, documentNumber: makeId('440106', '20040512', 100 + id * 2), ...values },
});

/** A checked context; `conflictDecisions` is the field the machine adds for the user's choices. */
function contextWith(rows: CandidateRow[], issues: CandidateIssue[], extra: Partial<CandidatesContext> & { conflictDecisions?: ConflictDecisions } = {}): CandidatesContext {
  return { ...createInitialContext(createEmptyWorkspace()), rows, check: { issues, isStale: false }, ...extra } as CandidatesContext;
}

describe('selectors with a list that uses 高职 on every row', () => {
  const rows = Array.from({ length: 35 }, (_, index) => row(index + 1, index === 34 ? { educationLevel: '专科' } : {}));
  const context = contextWith(rows, []);

  test('gives one list notice and no row with problems', () => {
    expect(selectListNotices(context)).toHaveLength(1);
    expect(selectIssuesByRow(context).size).toBe(0);
    expect(selectCheckSummary(context)).toMatchObject({ failedRows: 0, warnings: 0, listNotices: 1 });
  });

  test('includes every row in the import', () => {
    expect(selectIncludedRows(context)).toHaveLength(35);
  });
});

describe('selectors with a conflicting pair', () => {
  const shared = makeId('440106', '20040512', 777);
  const rows = [row(1, { documentNumber: shared }), row(2), row(3, { documentNumber: shared, name: '张山', phone: '13900139000' })];
  const issues = findDuplicates(rows);

  test('keeps both rows out of the import until the user decides, even with failed rows left out', () => {
    const context = contextWith(rows, issues, { isExcludingFailedRows: true });
    expect(selectUndecidedConflicts(context).map((group) => group.key)).toEqual(['1,3']);
    expect(selectIncludedRows(context).map((entry) => entry.id)).toEqual([2]);
    expect([...selectFailedRowIds(context)]).toEqual([1, 3]);
  });

  test.each([
    { choice: 'row A', keep: 1, included: [1, 2] },
    { choice: 'row B', keep: 3, included: [2, 3] },
    { choice: 'neither', keep: null, included: [2] },
  ])('imports what the user chose ($choice) and no longer counts the pair as errors', ({ keep, included }) => {
    const context = contextWith(rows, issues, { conflictDecisions: { '1,3': keep } });
    expect(selectUndecidedConflicts(context)).toEqual([]);
    expect(selectIncludedRows(context).map((entry) => entry.id)).toEqual(included);
    expect(selectFailedRowIds(context).size).toBe(0);
  });
});
