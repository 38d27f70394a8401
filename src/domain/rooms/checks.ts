/**
 * Checks of the rooms a school offers and of the rooms chosen for each level,
 * with messages that name the room and say how to fix it.
 */
import type { Level } from '../certificate/schema';
import type { CheckResult, Problem } from '../plan/problem';
import { doLevelsOverlap, getLevelSpan } from '../plan/rules';
import type { PlanLevelTimes } from '../plan/schema';
import { candidatesPerRoomInPrinciple } from './facts';
import { countSpareMachines, splitSeatsEvenly, type RoomCapacity } from './rules';

/** A room as typed in the form: every value a string. */
export interface RoomDraft {
  name: string;
  address: string;
  detailAddress: string;
  machines: string;
}

/** The rooms chosen for one level and how many candidates sit it. */
export interface LevelRoomChoice {
  level: Level;
  candidates: number;
  roomNames: string[];
}

/** Return the id of the input for one part of a room row. */
export function getRoomFieldId(index: number, key: keyof RoomDraft): string {
  return `room-${index}-${key}`;
}

/** Return the id of the room choice of a level. */
export function getLevelRoomsFieldId(level: Level): string {
  return `rooms-${level}`;
}

/** Check the rooms as typed: at least one, each named once, with an address and a whole number of machines. */
export function checkRoomDrafts(rooms: readonly RoomDraft[]): Problem[] {
  if (rooms.length === 0) {
    return [{ field: 'room-add', message: '还没有填写任何考场。请至少填写一个考场（机房）和它的可用考生机数。' }];
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  rooms.forEach((room, index) => {
    const where = `第 ${index + 1} 个考场`;
    const name = room.name.trim();
    if (!name) problems.push({ field: getRoomFieldId(index, 'name'), message: `${where}：请填写考场名称，例如“实训楼 301 机房”。` });
    else if (seen.has(name))
      problems.push({ field: getRoomFieldId(index, 'name'), message: `${where}：考场名称“${name}”重复了，每个考场的名称要不同。` });
    seen.add(name);
    if (!room.address.trim()) problems.push({ field: getRoomFieldId(index, 'address'), message: `${where}：请填写考场地址（省、市、区）。` });
    if (!room.detailAddress.trim())
      problems.push({ field: getRoomFieldId(index, 'detailAddress'), message: `${where}：请填写详细地址（楼号、房间号）。` });
    if (!/^\d+$/.test(room.machines.trim()) || Number(room.machines) <= 0) {
      problems.push({ field: getRoomFieldId(index, 'machines'), message: `${where}：可用考生机数要填一个大于 0 的整数（只算能正常使用的考生机）。` });
    }
  });
  return problems;
}

/** Return the rooms as capacities (call after `checkRoomDrafts` found nothing). */
export function toRoomCapacities(rooms: readonly RoomDraft[]): RoomCapacity[] {
  return rooms.map((room) => ({ name: room.name.trim(), machines: Number(room.machines.trim()) }));
}

/**
 * Check the rooms chosen for each level: every level has rooms with machines
 * for all its candidates, no room serves two levels at overlapping times; warn
 * about rooms over 40 and rooms left without a spare machine.
 */
export function checkRoomChoices(
  rooms: readonly RoomCapacity[],
  choices: readonly LevelRoomChoice[],
  levelTimes: readonly PlanLevelTimes[],
): CheckResult {
  const result: CheckResult = { errors: [], warnings: [] };
  const byName = new Map(rooms.map((room) => [room.name, room]));
  for (const choice of choices) {
    if (choice.candidates === 0) continue;
    const field = getLevelRoomsFieldId(choice.level);
    const chosen = choice.roomNames.map((name) => byName.get(name)).filter((room): room is RoomCapacity => Boolean(room));
    if (chosen.length === 0) {
      result.errors.push({ field, message: `请为${choice.level}的 ${choice.candidates} 名考生至少选择一个考场。` });
      continue;
    }
    const seats = splitSeatsEvenly(
      choice.candidates,
      chosen.map((room) => room.machines),
    );
    if (!seats) {
      const machines = chosen.reduce((sum, room) => sum + room.machines, 0);
      result.errors.push({
        field,
        message: `${choice.level}有 ${choice.candidates} 名考生，所选考场共有 ${machines} 台可用考生机，还差 ${choice.candidates - machines} 台。请再选一个考场，或核对各考场的可用考生机数。`,
      });
      continue;
    }
    chosen.forEach((room, index) => {
      const taken = seats[index]!;
      if (taken > candidatesPerRoomInPrinciple) {
        result.warnings.push({
          field,
          message: `“${room.name}”安排了${choice.level} ${taken} 人，超过原则上每考场 ${candidatesPerRoomInPrinciple} 人；监考员要按 1:20 配备，也可以再选一个考场分散考生。`,
        });
      }
      if (taken > 0 && countSpareMachines(room, taken) === 0) {
        result.warnings.push({
          field,
          message: `“${room.name}”的 ${room.machines} 台可用考生机全部用作考位，没有备用机。建议留出备用机，考生机出故障时可以更换。`,
        });
      }
    });
  }
  result.errors.push(...findDoubleBookedRooms(choices, levelTimes));
  return result;
}

function findDoubleBookedRooms(choices: readonly LevelRoomChoice[], levelTimes: readonly PlanLevelTimes[]): Problem[] {
  const problems: Problem[] = [];
  const timesOf = (level: Level) => levelTimes.find((entry) => entry.level === level);
  const span = (entry: PlanLevelTimes) => {
    const { from, to } = getLevelSpan(entry);
    return `${from.time}–${to.time}`;
  };
  choices.forEach((first, index) => {
    for (const second of choices.slice(index + 1)) {
      const [a, b] = [timesOf(first.level), timesOf(second.level)];
      if (!a || !b || first.candidates === 0 || second.candidates === 0 || !doLevelsOverlap(a, b)) continue;
      for (const name of first.roomNames.filter((room) => second.roomNames.includes(room))) {
        problems.push({
          field: getLevelRoomsFieldId(second.level),
          message: `“${name}”同时安排给了${first.level}（${span(a)}）和${second.level}（${span(b)}），时间重叠。请给其中一个级别换一个考场。`,
        });
      }
    }
  });
  return problems;
}
