import { beforeAll, describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import type { StaffContext } from '../../../../wizards/staff/context-schema';
import { staffMachine, type StaffEvent } from '../../../../wizards/staff/machine';
import { buildStaffOutputs, checkAssignment, resolveAssignments } from '../../../../wizards/staff/steps';
import { flattenStateValue, listAtomicStates, walkMachine } from '../kit/machine-paths';
import { registered, roomsPlanned, staffed } from '../../../fixtures/workspace';

const screenEvents: Record<string, StaffEvent[]> = {
  teachers: [
    { type: 'teacher.set', index: 0, key: 'phone', value: '' },
    { type: 'teacher.set', index: 0, key: 'phone', value: '13900000001' },
  ],
  assignment: [{ type: 'assignment.set', roomName: '实训楼 302 机房', level: '初级', position: 0, name: '钱伟' }, { type: 'assignments.auto' }],
  result: [{ type: 'step.goto', step: 'roster' }],
};

let paths: ReturnType<typeof walkMachine<typeof staffMachine>>;
beforeAll(() => {
  paths = walkMachine(staffMachine, {
    input: { workspace: staffed },
    events: (snapshot): StaffEvent[] => [{ type: 'step.next' }, { type: 'step.back' }, ...(screenEvents[String(snapshot.value)] ?? [])],
    limit: 100_000,
    serializeContext: (context: StaffContext) => [context.errors.length > 0, context.teachers[0]!.phone, context.assignments?.[1]?.proctors[0]],
  });
});

function start(workspace = staffed) {
  return createActor(staffMachine, { input: { workspace } }).start();
}

describe('staffMachine', () => {
  test('reaches every screen', () => {
    const reached = new Set(paths.flatMap((path) => flattenStateValue(path.state.value)));
    expect(listAtomicStates(staffMachine).filter((state) => !reached.has(state))).toEqual([]);
  });

  test('shows errors on every screen that checks its answers', () => {
    const seen = new Set(paths.map((path) => `${String(path.state.value)}:${path.state.context.errors.length > 0}`));
    for (const step of ['teachers', 'assignment']) expect([seen.has(`${step}:true`), seen.has(`${step}:false`)], step).toEqual([true, true]);
  });

  test('cannot start before the rooms are planned, and says so', () => {
    const actor = start(registered);
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('start');
    expect(actor.getSnapshot().context.errors.map((error) => error.message)).toEqual(['还没有考场安排。请先完成「考场设置」向导。']);
  });

  test('assigns proctors automatically, keeping the teacher of the candidates’ major out', () => {
    const actor = start({ ...roomsPlanned, staff: staffed.staff });
    const assignments = resolveAssignments(actor.getSnapshot().context);
    expect(assignments.map((entry) => entry.proctors.length)).toEqual([2, 2, 2]);
    expect(assignments.flatMap((entry) => entry.proctors)).not.toContain('赵敏');
    expect(checkAssignment(actor.getSnapshot().context)).toEqual({ errors: [], warnings: [] });
  });

  test('refuses a teacher in two rooms at the same time, and keeps the change', () => {
    const actor = start();
    actor.send({ type: 'step.goto', step: 'assignment' });
    actor.send({ type: 'assignment.set', roomName: '实训楼 302 机房', level: '初级', position: 0, name: '钱伟' });
    actor.send({ type: 'step.next' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('assignment');
    expect(context.errors[0]!.message).toContain('钱伟同时被安排在“实训楼 301 机房”');
    expect(context.assignments![1]!.proctors).toEqual(['钱伟', '郑芳']);
  });

  test('refuses a missing 系统管理员', () => {
    const actor = start();
    actor.send({ type: 'step.next' });
    actor.send({ type: 'teacher.setRole', index: 3, role: 'proctor' });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().context.errors.map((error) => error.message)).toEqual([
      '还没有指定系统管理员（需要 1 名）。请把一位老师的角色设为系统管理员。',
    ]);
  });

  test('saves the staff and proctors and builds the roster from them', () => {
    const actor = start({ ...roomsPlanned, staff: staffed.staff });
    const parts: string[][] = [];
    actor.on('workspace.update', (event) => parts.push(Object.keys(event.patch)));
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('review');
    expect(parts).toEqual([['staff'], ['proctorAssignments']]);
    const { roster, proctorList } = buildStaffOutputs(actor.getSnapshot().context);
    expect(roster).toHaveLength(staffed.staff.length + 1);
    expect(proctorList.length).toBeGreaterThanOrEqual(4);
  });
});
