import { describe, expect, test } from 'vitest';
import { candidatesPerRoomInPrinciple, seatExample } from '../../../../src/domain/rooms/facts';
import {
  assignSeats,
  chooseRooms,
  countRoomsNeeded,
  countSpareMachines,
  splitSeatsEvenly,
  planLevelSeats,
  suggestRoomChoices,
} from '../../../../src/domain/rooms/rules';
import { manualExampleLevels } from '../../../fixtures/exam-plan';

describe('splitSeatsEvenly', () => {
  test('returns the manual’s example: 90 candidates in 2 rooms of 150 machines → 45 and 45', () => {
    const perRoom = seatExample.machines / seatExample.rooms;
    expect(splitSeatsEvenly(seatExample.candidates, [perRoom, perRoom])).toEqual(seatExample.seatsPerRoom);
  });

  test.each([
    { candidates: 90, machines: [75, 75], expected: [45, 45] },
    { candidates: 91, machines: [75, 75], expected: [46, 45] },
    { candidates: 90, machines: [40, 110], expected: [40, 50] },
    { candidates: 150, machines: [10, 100, 100], expected: [10, 70, 70] },
    { candidates: 7, machines: [40, 40, 40], expected: [3, 2, 2] },
    { candidates: 80, machines: [40, 40], expected: [40, 40] },
    { candidates: 0, machines: [40], expected: [0] },
    { candidates: 0, machines: [], expected: [] },
  ])('returns $expected for $candidates candidates and machines $machines', ({ candidates, machines, expected }) => {
    expect(splitSeatsEvenly(candidates, machines)).toEqual(expected);
  });

  test.each([
    { candidates: 81, machines: [40, 40] },
    { candidates: 1, machines: [] },
  ])('returns null when $candidates candidates exceed machines $machines', ({ candidates, machines }) => {
    expect(splitSeatsEvenly(candidates, machines)).toBeNull();
  });

  test('never gives a room more seats than machines, and seats add up to the candidates', () => {
    for (let candidates = 0; candidates <= 155; candidates += 1) {
      const machines = [35, 60, 42, 18];
      const seats = splitSeatsEvenly(candidates, machines)!;
      expect(seats.reduce((sum, count) => sum + count, 0)).toBe(candidates);
      seats.forEach((count, index) => expect(count).toBeLessThanOrEqual(machines[index]!));
    }
  });
});

describe('countRoomsNeeded', () => {
  test.each([
    { candidates: 1, expected: 1 },
    { candidates: candidatesPerRoomInPrinciple, expected: 1 },
    { candidates: candidatesPerRoomInPrinciple + 1, expected: 2 },
    { candidates: 90, expected: 3 },
  ])('returns $expected for $candidates candidates', ({ candidates, expected }) => {
    expect(countRoomsNeeded(candidates)).toBe(expected);
  });
});

describe('chooseRooms', () => {
  const rooms = [
    { name: 'A', machines: 75 },
    { name: 'B', machines: 75 },
    { name: 'C', machines: 40 },
    { name: 'D', machines: 0 },
  ];
  test.each([
    { candidates: 30, expected: [0] },
    { candidates: 41, expected: [0, 1] },
    { candidates: 90, expected: [0, 1, 2] },
    { candidates: 500, expected: [0, 1, 2] },
  ])('returns rooms $expected for $candidates candidates', ({ candidates, expected }) => {
    expect(chooseRooms(candidates, rooms)).toEqual(expected);
  });
});

describe('assignSeats', () => {
  test('cuts the list into consecutive runs', () => {
    expect(assignSeats(['a', 'b', 'c', 'd', 'e'], [3, 2])).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });
});

describe('countSpareMachines', () => {
  test('returns machines left after seating', () => {
    expect(countSpareMachines({ name: 'A', machines: 75 }, 45)).toBe(30);
  });
});

describe('suggestRoomChoices', () => {
  const rooms = [
    { name: 'A', machines: 45 },
    { name: 'B', machines: 45 },
    { name: 'C', machines: 45 },
  ];
  test('gives levels at the same time different rooms', () => {
    const choices = suggestRoomChoices(
      rooms,
      [
        { level: '初级', candidates: 60 },
        { level: '高级', candidates: 30 },
      ],
      manualExampleLevels,
    );
    expect(choices.map((choice) => choice.roomNames)).toEqual([['A', 'B'], ['C']]);
  });

  test('lets levels at different times share rooms', () => {
    const choices = suggestRoomChoices(
      rooms,
      [
        { level: '中级', candidates: 30 },
        { level: '初级', candidates: 30 },
      ],
      manualExampleLevels,
    );
    expect(choices.map((choice) => choice.roomNames)).toEqual([['A'], ['A']]);
  });

  test('chooses no room for a level without candidates', () => {
    expect(suggestRoomChoices(rooms, [{ level: '初级', candidates: 0 }], manualExampleLevels)[0]!.roomNames).toEqual([]);
  });
});

describe('planLevelSeats', () => {
  const rooms = [
    { name: 'A', machines: 75 },
    { name: 'B', machines: 75 },
  ];
  test('seats the candidates in list order, evenly', () => {
    const numbers = Array.from({ length: 5 }, (_, index) => `id${index}`);
    expect(planLevelSeats('初级', numbers, rooms)).toEqual([
      { roomName: 'A', level: '初级', documentNumbers: ['id0', 'id1', 'id2'] },
      { roomName: 'B', level: '初级', documentNumbers: ['id3', 'id4'] },
    ]);
  });

  test('leaves out a room that gets nobody', () => {
    expect(planLevelSeats('初级', ['id0'], rooms)).toEqual([{ roomName: 'A', level: '初级', documentNumbers: ['id0'] }]);
  });

  test('returns null when the rooms lack machines', () => {
    expect(planLevelSeats('初级', ['a', 'b'], [{ name: 'A', machines: 1 }])).toBeNull();
  });
});
