import { describe, expect, test } from 'vitest';
import { buildTimelineEvents } from '../../../../src/domain/timeline/events';
import { addDays } from '../../../../src/domain/timeline/iso-date';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { describeDaysLeft, listNextDeadlines, overdueShownDays, type Deadline } from '../../../../wizards/workbench/deadlines';

const examDate = '2026-06-27';
const workspace = { ...createEmptyWorkspace(), examPlan: { ...createEmptyWorkspace().examPlan, examDate } };
const events = buildTimelineEvents(examDate, workspace.examPlan);

describe('listNextDeadlines', () => {
  test('returns nothing while there is no exam date', () => {
    expect(listNextDeadlines(createEmptyWorkspace(), '2026-05-01')).toEqual([]);
  });

  test('lists the timeline events still ahead by their last day, with the calendar days left', () => {
    const today = addDays(events[0]!.start, -10);
    const deadlines = listNextDeadlines(workspace, today, 3);
    const expected = events.toSorted((a, b) => a.end.localeCompare(b.end)).slice(0, 3);
    expect(deadlines.map((deadline) => deadline.event.key)).toEqual(expected.map((event) => event.key));
    expect(deadlines[0]).toMatchObject({ status: 'upcoming', daysLeft: 10 + (Date.parse(expected[0]!.end) - Date.parse(events[0]!.start)) / 86_400_000 });
  });

  test('puts a deadline passed lately first, and drops one passed long ago', () => {
    const exam = events.find((event) => event.key === 'exam')!;
    const lately = listNextDeadlines(workspace, addDays(exam.end, 2));
    expect(lately.find((deadline) => deadline.event.key === 'exam')).toMatchObject({ status: 'overdue', daysLeft: -2 });
    const statuses = lately.map((deadline) => deadline.status);
    expect(statuses.lastIndexOf('overdue')).toBeLessThan(statuses.findIndex((status) => status !== 'overdue'));
    const longAgo = listNextDeadlines(workspace, addDays(exam.end, overdueShownDays + 1));
    expect(longAgo.map((deadline) => deadline.event.key)).not.toContain('exam');
  });

  test('marks a window open today as current', () => {
    const window = events.find((event) => event.start < event.end)!;
    const deadlines = listNextDeadlines(workspace, window.start, 20);
    expect(deadlines.find((deadline) => deadline.event.key === window.key)?.status).toBe('current');
  });
});

describe('describeDaysLeft', () => {
  test.each([
    { daysLeft: 0, expected: '今天截止' },
    { daysLeft: 3, expected: '还有 3 天' },
    { daysLeft: -2, expected: '已过 2 天' },
  ])('says $expected for $daysLeft', ({ daysLeft, expected }) => {
    expect(describeDaysLeft({ daysLeft } as Deadline)).toBe(expected);
  });
});
