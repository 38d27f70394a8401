/**
 * Seats per room (手册 第三章 五 1 ⑥, 第四章 二 4): seats equal the actual
 * candidates, about 40 a room, spread evenly, never more than a room's working
 * machines. Example in the manual: 90 candidates, 2 rooms, 150 machines → 45 + 45.
 */
import type { Level } from '../certificate/schema';
import { doLevelsOverlap } from '../plan/rules';
import type { PlanLevelTimes } from '../plan/schema';
import { candidatesPerRoomInPrinciple } from './facts';

/** A room as the seat plan sees it: its name and its working candidate machines. */
export interface RoomCapacity {
  name: string;
  machines: number;
}

/** Return how many rooms `candidates` need at about 40 a room. */
export function countRoomsNeeded(candidates: number): number {
  return Math.ceil(candidates / candidatesPerRoomInPrinciple);
}

/**
 * Return the seats of each room, spread as evenly as the rooms' machines allow:
 * every room gets the same number, or one more, unless it is full. Returns null
 * when the rooms together have fewer machines than candidates.
 */
export function splitSeatsEvenly(candidates: number, machines: readonly number[]): number[] | null {
  const total = machines.reduce((sum, count) => sum + count, 0);
  if (candidates > total) return null;
  if (machines.length === 0) return [];
  // The largest level L where every room gets min(machines, L) without exceeding the candidates.
  const seatsAt = (level: number) => machines.reduce((sum, count) => sum + Math.min(count, level), 0);
  let level = 0;
  while (level < Math.max(...machines) && seatsAt(level + 1) <= candidates) level += 1;
  const seats = machines.map((count) => Math.min(count, level));
  let remaining = candidates - seatsAt(level);
  // The few left over go one each to the first rooms that still have a free machine.
  for (let index = 0; remaining > 0; index += 1) {
    if (seats[index]! < machines[index]!) {
      seats[index]! += 1;
      remaining -= 1;
    }
  }
  return seats;
}

/**
 * Return the indexes of the rooms to use, in the order given: enough rooms for
 * about 40 a room and enough machines for every candidate. Returns every room
 * when even all of them are not enough (the check then reports the shortfall).
 */
export function chooseRooms(candidates: number, rooms: readonly RoomCapacity[]): number[] {
  const chosen: number[] = [];
  let machines = 0;
  for (const [index, room] of rooms.entries()) {
    if (chosen.length >= countRoomsNeeded(candidates) && machines >= candidates) break;
    if (room.machines <= 0) continue;
    chosen.push(index);
    machines += room.machines;
  }
  return chosen;
}

/** Return the candidates of each room in seat order: the list cut into consecutive runs. */
export function assignSeats<T>(candidates: readonly T[], seats: readonly number[]): T[][] {
  let next = 0;
  return seats.map((count) => {
    const run = candidates.slice(next, next + count);
    next += count;
    return run;
  });
}

/** Return a room's spare machines once its seats are taken. */
export function countSpareMachines(room: RoomCapacity, seats: number): number {
  return room.machines - seats;
}

/**
 * Return a first choice of rooms for each level: levels in the order given,
 * each taking rooms (in the school's order) that no level at an overlapping
 * time already uses. The user can change the choice afterwards.
 */
export function suggestRoomChoices(
  rooms: readonly RoomCapacity[],
  levels: ReadonlyArray<{ level: Level; candidates: number }>,
  levelTimes: readonly PlanLevelTimes[],
): Array<{ level: Level; candidates: number; roomNames: string[] }> {
  const choices: Array<{ level: Level; candidates: number; roomNames: string[] }> = [];
  for (const { level, candidates } of levels) {
    const times = levelTimes.find((entry) => entry.level === level);
    const busy = new Set(
      choices
        .filter((other) => {
          const otherTimes = levelTimes.find((entry) => entry.level === other.level);
          return times && otherTimes && doLevelsOverlap(times, otherTimes);
        })
        .flatMap((other) => other.roomNames),
    );
    const free = rooms.filter((room) => !busy.has(room.name));
    const roomNames = candidates === 0 ? [] : chooseRooms(candidates, free).map((index) => free[index]!.name);
    choices.push({ level, candidates, roomNames });
  }
  return choices;
}

/**
 * Return the seat plan of one level: its candidates spread evenly over the
 * chosen rooms (in the school's order), in list order. Null when the rooms lack machines.
 */
export function planLevelSeats(
  level: Level,
  documentNumbers: readonly string[],
  rooms: readonly RoomCapacity[],
): Array<{ roomName: string; level: Level; documentNumbers: string[] }> | null {
  const seats = splitSeatsEvenly(
    documentNumbers.length,
    rooms.map((room) => room.machines),
  );
  if (!seats) return null;
  return assignSeats(documentNumbers, seats)
    .map((run, index) => ({ roomName: rooms[index]!.name, level, documentNumbers: run }))
    .filter((entry) => entry.documentNumbers.length > 0);
}
