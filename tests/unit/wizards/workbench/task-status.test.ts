import { describe, expect, test } from 'vitest';
import { describeStatusText, describeTaskStatus, type TaskStatus } from '../../../../wizards/workbench/task-status';
import { describeTaskSteps, type TaskSteps } from '../../../../wizards/workbench/task-steps';
import { listTaskSteps } from '../../../../wizards/workbench/step-orders';
import { timelineSteps } from '../../../../wizards/timeline/steps';
import { wizardSlugs } from '../../../../wizards/catalog';

// The timeline's list: examDate, windows, result, and printout (part of result): three steps in the indicator.
const timeline: TaskSteps = describeTaskSteps(timelineSteps);
const blocker = { field: 'start-plan', message: '还没有考场安排。', provider: { href: '/wizards/rooms/', title: '考场设置' } };
const savedAt = '2026-05-01T00:30:00.000Z';

describe('describeTaskSteps', () => {
  test('numbers the steps as the indicator does, a printout counting as its result', () => {
    expect(timeline).toEqual({
      count: 3,
      positions: { examDate: 1, windows: 2, result: 3, printout: 3 },
      titles: { examDate: '考试日期', windows: '考核计划上的时间', result: '时间表和日历文件', printout: '时间表和日历文件' },
    });
  });

  test('gives every wizard a numbering whose every step has a place', () => {
    const all = listTaskSteps();
    expect(Object.keys(all)).toEqual([...wizardSlugs]);
    for (const steps of Object.values(all)) {
      expect(steps.count).toBeGreaterThan(1);
      for (const position of Object.values(steps.positions)) expect(position).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('describeTaskStatus', () => {
  test.each<{ name: string; draft?: { step: string; savedAt: string }; blocked?: boolean; expected: TaskStatus }>([
    { name: 'no draft', expected: { kind: 'notStarted' } },
    { name: 'a draft at the first step', draft: { step: 'examDate', savedAt }, expected: { kind: 'inProgress', step: 1, count: 3, title: '考试日期', savedAt } },
    { name: 'a draft at a middle step', draft: { step: 'windows', savedAt }, expected: { kind: 'inProgress', step: 2, count: 3, title: '考核计划上的时间', savedAt } },
    { name: 'a draft at the result', draft: { step: 'result', savedAt }, expected: { kind: 'done', savedAt } },
    { name: 'a draft at a printout of the result', draft: { step: 'printout', savedAt }, expected: { kind: 'done', savedAt } },
    { name: 'a draft at a step the list no longer has', draft: { step: 'gone', savedAt }, expected: { kind: 'notStarted' } },
    { name: 'no draft and a blocked first screen', blocked: true, expected: { kind: 'blocked', blocker } },
    { name: 'a draft at the blocked first screen', draft: { step: 'examDate', savedAt }, blocked: true, expected: { kind: 'blocked', blocker } },
    { name: 'a draft past the blocked first screen', draft: { step: 'windows', savedAt }, blocked: true, expected: { kind: 'inProgress', step: 2, count: 3, title: '考核计划上的时间', savedAt } },
  ])('returns $expected.kind for $name', ({ draft, blocked, expected }) => {
    expect(describeTaskStatus(timeline, draft, blocked ? blocker : undefined)).toEqual(expected);
  });

  test('before the school has begun anything, a blocked task is 未开始 and notes what it waits for', () => {
    expect(describeTaskStatus(timeline, undefined, blocker, false)).toEqual({ kind: 'notStarted', waitsFor: blocker });
    expect(describeTaskStatus(timeline, undefined, undefined, false)).toEqual({ kind: 'notStarted' });
  });
});

describe('describeStatusText', () => {
  const formatTime = (iso: string) => `[${iso}]`;
  test.each<{ status: TaskStatus; expected: string }>([
    { status: { kind: 'notStarted' }, expected: '未开始' },
    { status: { kind: 'inProgress', step: 2, count: 8, title: '考核计划', savedAt }, expected: '进行中，第 2 步，共 8 步' },
    { status: { kind: 'done', savedAt }, expected: `已完成（[${savedAt}] 保存）` },
    { status: { kind: 'blocked', blocker }, expected: '还不能开始' },
  ])('says $expected', ({ status, expected }) => {
    expect(describeStatusText(status, formatTime)).toBe(expected);
  });
});
