import { describe, expect, test } from 'vitest';
import { getStaffFileName } from '../../../../wizards/staff/file-name';

describe('getStaffFileName', () => {
  test('names the file after the plan', () => {
    expect(getStaffFileName('2036年第三次')).toBe('考务人员安排-2036年第三次.xlsx');
  });
});
