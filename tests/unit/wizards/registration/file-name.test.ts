import { describe, expect, test } from 'vitest';
import { getEnrolmentFileName } from '../../../../wizards/registration/file-name';

describe('getEnrolmentFileName', () => {
  test('names the file after the plan and removes characters Windows refuses', () => {
    expect(getEnrolmentFileName('2036年第三次/统考')).toBe('按证书导入报考-2036年第三次-统考.xlsx');
  });
});
