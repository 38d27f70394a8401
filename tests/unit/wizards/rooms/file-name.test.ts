import { describe, expect, test } from 'vitest';
import { getRoomImportFileName } from '../../../../wizards/rooms/file-name';

describe('getRoomImportFileName', () => {
  test('names the file after the plan', () => {
    expect(getRoomImportFileName('2036年第三次')).toBe('考场批量导入-2036年第三次.xlsx');
  });
});
