import { describe, expect, test } from 'vitest';
import { candidateImportTemplate } from '../../../../src/domain/candidates/facts';
import type { CandidateColumnKey } from '../../../../src/domain/candidates/schema';
import { cellId, readCellRowId } from '../../../../wizards/candidates/working-table';

describe('readCellRowId', () => {
  test('reads back the row of every cell id the table gives, in every column', () => {
    for (const { key } of candidateImportTemplate.columns) {
      expect(readCellRowId(cellId(0, key as CandidateColumnKey))).toBe(0);
      expect(readCellRowId(cellId(49_999, key as CandidateColumnKey))).toBe(49_999);
    }
  });

  test('returns null for ids that are not cells: a conflict group, the add button, a look-alike', () => {
    expect(readCellRowId('conflict-1,2')).toBeNull();
    expect(readCellRowId('addRow')).toBeNull();
    expect(readCellRowId('cell--name')).toBeNull();
    expect(readCellRowId('cell-3-name-extra')).toBeNull();
  });
});
