import { describe, expect, test } from 'vitest';
import { groupResultsByLevel, judgeSitting } from '../../../../src/domain/certificates/results';
import type { Sitting } from '../../../../src/domain/scores/schema';

const sitting = (theory: number | null, practical: number | null, level: Sitting['level'] = '初级'): Sitting => ({
  name: '张三',
  idNumber: '11010519491231002X',
  ticketNumber: '',
  level,
  plan: '',
  theory,
  practical,
});

describe('judgeSitting', () => {
  test.each([
    { theory: 60, practical: 60, isPassed: true, reasons: [] },
    { theory: 100, practical: 60, isPassed: true, reasons: [] },
    { theory: 59, practical: 60, isPassed: false, reasons: ['理论 59 分，未达到 60 分'] },
    { theory: 60, practical: 59, isPassed: false, reasons: ['实操 59 分，未达到 60 分'] },
    { theory: 59.5, practical: 90, isPassed: false, reasons: ['理论 59.5 分，未达到 60 分'] },
    { theory: null, practical: 90, isPassed: false, reasons: ['理论没有成绩（缺考）'] },
    { theory: 0, practical: null, isPassed: false, reasons: ['理论 0 分，未达到 60 分', '实操没有成绩（缺考）'] },
  ])('returns $isPassed for theory $theory and practical $practical', ({ theory, practical, isPassed, reasons }) => {
    expect(judgeSitting(sitting(theory, practical))).toMatchObject({ isPassed, reasons });
  });
});

describe('groupResultsByLevel', () => {
  test('groups passed and failed candidates by level, in level order, leaving out empty levels', () => {
    const groups = groupResultsByLevel([sitting(90, 90, '高级'), sitting(60, 59, '初级'), sitting(60, 60, '初级')]);
    expect(groups.map(({ level, passed, failed }) => [level, passed.length, failed.length])).toEqual([
      ['初级', 1, 1],
      ['高级', 1, 0],
    ]);
  });
});
