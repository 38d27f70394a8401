import { describe, expect, test } from 'vitest';
import { runSheetPoints } from '../../../src/domain/exam-day/run-sheet';
import { findDuty, findProcessBlock, findRunSheetPoint } from '../../../src/components/exam-day-lookup';

describe('findDuty', () => {
  test('returns the duties of a role named as in the manual', () => {
    expect(findDuty('巡考员').duties.length).toBeGreaterThan(0);
  });

  test('throws on a role the manual does not name', () => {
    expect(() => findDuty('监考老师')).toThrow('Unknown role: 监考老师');
  });
});

describe('findProcessBlock', () => {
  test('returns the block with its responsible roles', () => {
    expect(findProcessBlock('考场封场确认').who).toBe('系统管理员、考务人员');
  });

  test('throws on an unknown block', () => {
    expect(() => findProcessBlock('签到')).toThrow('Unknown process block: 签到');
  });
});

describe('findRunSheetPoint', () => {
  test('returns the point with that key', () => {
    expect(findRunSheetPoint('entryCloses')).toBe(runSheetPoints.find((p) => p.key === 'entryCloses'));
  });

  test('throws on an unknown key', () => {
    expect(() => findRunSheetPoint('lunch')).toThrow('Unknown run-sheet point: lunch');
  });
});
