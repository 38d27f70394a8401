import { describe, expect, test } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { lifecycles } from '../../../../src/domain/lifecycles/index';
import { describeLifecycle, layoutColumns } from '../../../../src/domain/lifecycles/describe';
import { layoutLifecycle } from '../../../../src/components/lifecycle-layout';

const entries = Object.entries(lifecycles).map(([key, machine]) => ({ key, machine }));

describe('describeLifecycle', () => {
  test.each(entries)('describes every status of $key with a label and meaning', ({ machine }) => {
    const description = describeLifecycle(machine);
    expect(description.statuses.length).toBe(Object.keys(machine.root.states).length);
    for (const status of description.statuses) {
      expect(status.label).not.toBe('');
      expect(status.meaning).not.toBe('');
    }
  });

  test.each(entries)('reaches every status of $key from the initial one', ({ machine }) => {
    const reachable = new Set(getShortestPaths(machine).map((path) => JSON.stringify(path.state.value)));
    const unreachable = Object.keys(machine.root.states).filter((key) => !reachable.has(JSON.stringify(key)));
    expect(unreachable).toEqual([]);
  });

  test('returns the statuses of the room lifecycle in order with their transitions', () => {
    const description = describeLifecycle(lifecycles.examRoom);
    expect(description.statuses.map((s) => s.label)).toEqual(['未排考', '排考中', '已结束']);
    expect(description.statuses[1]!.allowed).toContain('只能增加考位数，不能减少');
    expect(description.statuses[0]!.transitions).toEqual([{ cause: '考核计划进入排考时间', to: 'scheduling', isInferred: false }]);
  });

  test('returns 信息准确 reachable both by the check and by manual confirmation', () => {
    const description = describeLifecycle(lifecycles.candidateInfo);
    const into = description.statuses.flatMap((s) => s.transitions.filter((t) => t.to === 'accurate').map(() => s.label));
    expect(into.sort()).toEqual(['信息待认证', '需人工确认'].sort());
  });

  test('marks statuses the manual does not name as inferred', () => {
    const description = describeLifecycle(lifecycles.examSite);
    expect(description.statuses.filter((s) => s.isInferred).map((s) => s.label)).toEqual(['审核通过']);
  });

  test.each([
    { lifecycle: 'examSite' as const, expected: ['审核前撤销考核站点', '修改后重新提交'] },
    { lifecycle: 'enrolment' as const, expected: ['考生未参加考试，系统默认'] },
    { lifecycle: 'examRoom' as const, expected: [] },
  ])('marks the changes of $lifecycle the manual does not describe as inferred', ({ lifecycle, expected }) => {
    const transitions = describeLifecycle(lifecycles[lifecycle]).statuses.flatMap((s) => s.transitions);
    expect(transitions.filter((t) => t.isInferred).map((t) => t.cause)).toEqual(expected);
  });
});

describe('layoutColumns', () => {
  test('puts 缺考 one column after 待考试', () => {
    const columns = layoutColumns(describeLifecycle(lifecycles.enrolment));
    expect(columns.get('absent')).toBe(columns.get('awaitingExam')! + 1);
  });
});

describe('layoutLifecycle', () => {
  test.each(entries)('gives $key boxes that do not overlap', ({ machine }) => {
    const layout = layoutLifecycle(describeLifecycle(machine));
    for (const a of layout.boxes) {
      for (const b of layout.boxes) {
        if (a === b) continue;
        const overlaps = Math.abs(a.x - b.x) < layout.boxWidth && Math.abs(a.y - b.y) < layout.boxHeight;
        expect(overlaps, `${a.label} / ${b.label}`).toBe(false);
      }
    }
  });

  test('routes a back edge under the boxes', () => {
    const layout = layoutLifecycle(describeLifecycle(lifecycles.examSite));
    const back = layout.edges.find((e) => e.from === 'returned' && e.to === 'submitted')!;
    const lowest = Math.max(...layout.boxes.map((b) => b.y + layout.boxHeight));
    // The first control point (after `C`) sets how low the curve dips.
    const curveY = Number(back.path.split(' ')[1]!.split(',')[1]);
    expect(curveY).toBeGreaterThan(lowest);
  });
});
