import { describe, expect, test } from 'vitest';
import { buildRoomPlan, compareSeatPlan, listLevelCandidates, readChosenRooms, resolveRoomChoices, type SeatPlanInput } from '../../../../src/domain/rooms/seat-plan';
import { futurePlan, manualExampleLevels } from '../../../fixtures/exam-plan';
import { registered, roomsPlanned } from '../../../fixtures/workspace';

const { candidates, enrolments } = registered;
const levelCandidates = listLevelCandidates(candidates, enrolments, futurePlan.levels);
const rooms = [
  { name: '301', machines: 45 },
  { name: '302', machines: 45 },
  { name: '303', machines: 40 },
];
const input: SeatPlanInput = { rooms, levelCandidates, levelTimes: futurePlan.levels, chosen: {} };

describe('listLevelCandidates', () => {
  test('returns the registered candidates of each planned level in list order', () => {
    expect(levelCandidates.map((entry) => [entry.level, entry.documentNumbers.length])).toEqual([
      ['初级', 80],
      ['中级', 10],
    ]);
    expect(levelCandidates[0]!.documentNumbers[0]).toBe(candidates[0]!.documentNumber);
  });

  test.each([
    { name: 'a level the plan has no times for', levelTimes: futurePlan.levels.filter((entry) => entry.level === '中级'), expected: ['中级'] },
    { name: 'a planned level nobody sits', levelTimes: manualExampleLevels, expected: ['初级', '中级'] },
    { name: 'every level when nobody is 信息准确', levelTimes: futurePlan.levels, accurate: false, expected: [] },
  ])('leaves out $name', ({ levelTimes, accurate = true, expected }) => {
    const marked = enrolments.map((choice) => ({ ...choice, isInfoAccurate: accurate }));
    expect(listLevelCandidates(candidates, marked, levelTimes).map((entry) => entry.level)).toEqual(expected);
  });
});

describe('resolveRoomChoices', () => {
  test.each([
    { name: 'suggests rooms where nothing is chosen', chosen: {}, expected: [['301', '302'], ['301']] },
    { name: 'keeps a level’s own choice and suggests for the other', chosen: { 中级: ['303'] }, expected: [['301', '302'], ['303']] },
    { name: 'drops chosen rooms that no longer exist', chosen: { 初级: ['301', '309'] }, expected: [['301'], ['301']] },
    { name: 'keeps an empty choice as no rooms', chosen: { 初级: [] }, expected: [[], ['301']] },
  ])('$name', ({ chosen, expected }) => {
    expect(resolveRoomChoices({ ...input, chosen }).map((choice) => choice.roomNames)).toEqual(expected);
  });
});

describe('buildRoomPlan', () => {
  test('spreads each level’s candidates evenly over its rooms, in the school’s room order', () => {
    const plan = buildRoomPlan({ ...input, chosen: { 初级: ['302', '301'] } });
    expect(plan.map((entry) => [entry.roomName, entry.level, entry.documentNumbers.length])).toEqual([
      ['301', '初级', 40],
      ['302', '初级', 40],
      ['301', '中级', 10],
    ]);
    expect(plan.flatMap((entry) => entry.documentNumbers)).toEqual(levelCandidates.flatMap((entry) => entry.documentNumbers));
  });

  test('leaves out a level whose rooms lack machines', () => {
    expect(buildRoomPlan({ ...input, chosen: { 初级: ['303'] } }).map((entry) => entry.level)).toEqual(['中级']);
  });
});

describe('readChosenRooms', () => {
  test('returns the rooms a saved seat plan gave each level', () => {
    expect(readChosenRooms(roomsPlanned.roomPlan)).toEqual({ 初级: ['实训楼 301 机房', '实训楼 302 机房'], 中级: ['实训楼 301 机房'] });
    expect(readChosenRooms([])).toEqual({});
  });
});

describe('compareSeatPlan', () => {
  const plan = [
    { roomName: '301', level: '初级' as const, documentNumbers: ['a', 'b'] },
    { roomName: '302', level: '中级' as const, documentNumbers: ['c', 'b'] },
  ];

  test.each([
    { name: 'nothing when every registered candidate is seated once or more', registered: ['a', 'b', 'c'], unseated: [], unregistered: [] },
    { name: 'registered candidates with no seat, in list order', registered: ['d', 'a', 'b', 'c', 'e'], unseated: ['d', 'e'], unregistered: [] },
    { name: 'seated candidates not registered, each once in seat order', registered: ['c'], unseated: [], unregistered: ['a', 'b'] },
  ])('returns $name', ({ registered: registeredNumbers, unseated, unregistered }) => {
    expect(compareSeatPlan(registeredNumbers, plan)).toEqual({ unseated, unregistered });
  });
});
