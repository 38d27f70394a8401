import { beforeAll, describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { WorkspaceSchema } from '../../../../src/domain/workspace/schema';
import type { RoomsContext } from '../../../../wizards/rooms/context-schema';
import { roomsMachine, type RoomsEvent } from '../../../../wizards/rooms/machine';
import { buildImportRows, checkAllocation, resolveChoices } from '../../../../wizards/rooms/steps';
import { flattenStateValue, listAtomicStates, walkMachine } from '../kit/machine-paths';
import { registered, roomsPlanned, withCandidates } from '../../../fixtures/workspace';

/** The answers each screen asks, one making it fail and one making it pass. */
const screenEvents: Record<string, RoomsEvent[]> = {
  rooms: [
    { type: 'room.set', index: 0, key: 'machines', value: '' },
    { type: 'room.set', index: 0, key: 'machines', value: '45' },
  ],
  allocation: [
    { type: 'choice.set', level: '初级', roomName: '实训楼 302 机房', isChosen: false },
    { type: 'choice.set', level: '初级', roomName: '实训楼 302 机房', isChosen: true },
  ],
  result: [{ type: 'step.goto', step: 'roomPlan' }],
};

let paths: ReturnType<typeof walkMachine<typeof roomsMachine>>;
beforeAll(() => {
  paths = walkMachine(roomsMachine, {
    input: { workspace: roomsPlanned },
    events: (snapshot): RoomsEvent[] => [{ type: 'step.next' }, { type: 'step.back' }, ...(screenEvents[String(snapshot.value)] ?? [])],
    limit: 100_000,
    serializeContext: (context: RoomsContext) => [context.errors.length > 0, context.rooms[0]!.machines, context.choices.初级?.join()],
  });
});

function start(workspace = roomsPlanned) {
  return createActor(roomsMachine, { input: { workspace } }).start();
}

describe('roomsMachine', () => {
  test('reaches every screen', () => {
    const reached = new Set(paths.flatMap((path) => flattenStateValue(path.state.value)));
    expect(listAtomicStates(roomsMachine).filter((state) => !reached.has(state))).toEqual([]);
  });

  test('shows errors on every screen that checks its answers', () => {
    const seen = new Set(paths.map((path) => `${String(path.state.value)}:${path.state.context.errors.length > 0}`));
    for (const step of ['rooms', 'allocation']) expect([seen.has(`${step}:true`), seen.has(`${step}:false`)], step).toEqual([true, true]);
  });

  test.each([
    { name: 'no plan times', workspace: withCandidates, errors: ['还没有考核计划的科目考试时间。请先完成「为学生报考」向导。'] },
    {
      name: 'no candidate registered yet',
      workspace: WorkspaceSchema.parse({ ...registered, enrolments: [] }),
      errors: ['还没有已报考的考生（选了级别且信息准确）。请先完成「为学生报考」向导。'],
    },
    { name: 'the plan but no rooms yet', workspace: registered, canStart: true, errors: [] },
  ])('can start only with registered candidates: $name', ({ workspace, canStart = false, errors }) => {
    const actor = start(workspace);
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe(canStart ? 'rooms' : 'start');
    expect(actor.getSnapshot().context.errors.map((error) => error.message)).toEqual(errors);
  });

  test('refuses zero rooms with a clear message and keeps the screen', () => {
    const actor = start(registered);
    actor.send({ type: 'step.next' });
    actor.send({ type: 'room.remove', index: 0 });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('rooms');
    expect(actor.getSnapshot().context.errors[0]!.message).toBe('还没有填写任何考场。请至少填写一个考场（机房）和它的可用考生机数。');
  });

  test('refuses more candidates than machines and keeps the rooms typed', () => {
    const actor = start(registered);
    actor.send({ type: 'step.next' });
    for (const [key, value] of [
      ['name', '机房一'],
      ['address', '北京市朝阳区'],
      ['detailAddress', '一号楼'],
      ['machines', '50'],
    ] as const) {
      actor.send({ type: 'room.set', index: 0, key, value });
    }
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.next' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('allocation');
    expect(context.errors[0]!.message).toContain('初级有 80 名考生，所选考场共有 50 台可用考生机，还差 30 台');
    expect(context.rooms[0]!.name).toBe('机房一');
  });

  test('suggests rooms, spreads seats evenly and saves the seat plan', () => {
    const actor = start(registered);
    const parts: string[][] = [];
    actor.on('workspace.update', (event) => parts.push(Object.keys(event.patch)));
    actor.send({ type: 'step.next' });
    const rows = [
      ['实训楼 301 机房', '45'],
      ['实训楼 302 机房', '45'],
    ];
    rows.forEach(([name, machines], index) => {
      if (index > 0) actor.send({ type: 'room.add' });
      actor.send({ type: 'room.set', index, key: 'name', value: name! });
      actor.send({ type: 'room.set', index, key: 'address', value: '北京市朝阳区' });
      actor.send({ type: 'room.set', index, key: 'detailAddress', value: `实训楼 ${index + 1}` });
      actor.send({ type: 'room.set', index, key: 'machines', value: machines! });
    });
    actor.send({ type: 'step.next' });
    expect(resolveChoices(actor.getSnapshot().context).map((choice) => choice.roomNames)).toEqual([
      ['实训楼 301 机房', '实训楼 302 机房'],
      ['实训楼 301 机房'],
    ]);
    expect(checkAllocation(actor.getSnapshot().context).warnings).toEqual([]);
    actor.send({ type: 'step.next' });
    const plan = actor.getSnapshot().context.workspace.roomPlan;
    expect(plan.map((entry) => [entry.roomName, entry.level, entry.documentNumbers.length])).toEqual([
      ['实训楼 301 机房', '初级', 40],
      ['实训楼 302 机房', '初级', 40],
      ['实训楼 301 机房', '中级', 10],
    ]);
    expect(parts).toEqual([['rooms'], ['roomPlan']]);
    expect(buildImportRows(actor.getSnapshot().context).map((row) => row.考位数)).toEqual([40, 40, 10]);
  });

  test('keeps the user’s choice of rooms for a level', () => {
    const actor = start();
    actor.send({ type: 'step.goto', step: 'allocation' });
    actor.send({ type: 'choice.set', level: '初级', roomName: '实训楼 303 机房', isChosen: true });
    expect(resolveChoices(actor.getSnapshot().context)[0]!.roomNames).toEqual(['实训楼 301 机房', '实训楼 302 机房', '实训楼 303 机房']);
    actor.send({ type: 'choices.suggest' });
    expect(resolveChoices(actor.getSnapshot().context)[0]!.roomNames).toEqual(['实训楼 301 机房', '实训楼 302 机房']);
  });
});
