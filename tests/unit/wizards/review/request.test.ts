import { describe, expect, test } from 'vitest';
import { isRequestFiled, recordFiled, type ReviewRequest } from '../../../../wizards/review/request';

const student = (idNumber: string) => ({ name: '张三', idNumber, ticketNumber: '', level: '初级' as const, theory: 50, practical: 70, subjects: [] });
const request = (...ids: string[]): ReviewRequest => ({ schoolName: '某学院', officer: '', contact: '', planName: '2026 年第一次考试', opinion: '', students: ids.map(student) });

describe('recordFiled', () => {
  test('adds the request’s students to its plan, once each, keeping other plans', () => {
    const filed = recordFiled(request('A', 'B'), { '2026 年第一次考试': ['A'], 其他计划: ['C'] });
    expect(filed).toEqual({ '2026 年第一次考试': ['A', 'B'], 其他计划: ['C'] });
  });
});

describe('isRequestFiled', () => {
  test.each([
    { ids: ['A', 'B'], sent: ['A', 'B'], expected: true },
    // A second request for other students of the same plan is not sent yet.
    { ids: ['C'], sent: ['A', 'B'], expected: false },
    { ids: ['A', 'C'], sent: ['A', 'B'], expected: false },
    { ids: [], sent: ['A'], expected: false },
  ])('returns $expected for students $ids when $sent were sent', ({ ids, sent, expected }) => {
    expect(isRequestFiled(request(...ids), { '2026 年第一次考试': sent })).toBe(expected);
  });

  test('ignores students sent for another plan', () => {
    expect(isRequestFiled(request('A'), { 其他计划: ['A'] })).toBe(false);
  });
});
