/**
 * The seat plan from what the school knows (手册 第三章 五 1 ⑥, 第四章 二 4): the
 * registered candidates of each level the plan has times for, the rooms each
 * level uses (the user's choice, or the suggestion), and every candidate seated
 * evenly over those rooms. The rooms wizard and the demo's sample school both
 * plan seats with these, so the demo shows exactly what the wizard suggests.
 */
import { levels } from '../certificate/facts';
import type { Level } from '../certificate/schema';
import { listRegisteredCandidates } from '../enrolment/rules';
import type { PlanLevelTimes } from '../plan/schema';
import type { LevelRoomChoice } from './checks';
import { planLevelSeats, suggestRoomChoices, type RoomCapacity } from './rules';
import type { RoomLevelPlan } from './schema';

/** The registered candidates of one level, in list order. */
export interface LevelCandidates {
  level: Level;
  documentNumbers: string[];
}

/** The rooms the user chose for each level, by name; a level missing here takes the suggestion. */
export type ChosenRooms = Partial<Record<Level, readonly string[]>>;

/** What the seat plan is made from. */
export interface SeatPlanInput {
  /** The school's rooms in its own order, which decides who sits where. */
  rooms: readonly RoomCapacity[];
  levelCandidates: readonly LevelCandidates[];
  levelTimes: readonly PlanLevelTimes[];
  chosen: ChosenRooms;
}

/** Return the registered candidates of each level the plan has times for, levels in order, empty levels left out. */
export function listLevelCandidates(
  candidates: ReadonlyArray<{ documentNumber: string }>,
  enrolments: Parameters<typeof listRegisteredCandidates>[1],
  levelTimes: readonly PlanLevelTimes[],
): LevelCandidates[] {
  const registered = listRegisteredCandidates(candidates, enrolments);
  const planned = new Set(levelTimes.map((entry) => entry.level));
  return levels
    .filter((level) => planned.has(level))
    .map((level) => ({
      level,
      documentNumbers: registered.filter((candidate) => candidate.level === level).map((candidate) => candidate.documentNumber),
    }))
    .filter((entry) => entry.documentNumbers.length > 0);
}

/** Return the choices a saved seat plan made: the rooms of each level, in plan order. */
export function readChosenRooms(roomPlan: readonly RoomLevelPlan[]): Partial<Record<Level, string[]>> {
  const chosen: Partial<Record<Level, string[]>> = {};
  for (const entry of roomPlan) chosen[entry.level] = [...(chosen[entry.level] ?? []), entry.roomName];
  return chosen;
}

/** Return each level's rooms: the user's choice (rooms that still exist), or the suggestion where there is none. */
export function resolveRoomChoices({ rooms, levelCandidates, levelTimes, chosen }: SeatPlanInput): LevelRoomChoice[] {
  const known = new Set(rooms.map((room) => room.name));
  const counts = levelCandidates.map((entry) => ({ level: entry.level, candidates: entry.documentNumbers.length }));
  return suggestRoomChoices(rooms, counts, levelTimes).map((entry) => {
    const names = chosen[entry.level]?.filter((name) => known.has(name));
    return names ? { ...entry, roomNames: names } : entry;
  });
}

/** Return the seat plan: every level's candidates spread over its rooms (levels whose rooms lack machines are left out). */
export function buildRoomPlan(input: SeatPlanInput): RoomLevelPlan[] {
  const choices = resolveRoomChoices(input);
  return input.levelCandidates.flatMap(({ level, documentNumbers }) => {
    // The school's room order, not the order of clicking, decides who sits where.
    const chosen = new Set(choices.find((entry) => entry.level === level)?.roomNames ?? []);
    return (
      planLevelSeats(
        level,
        documentNumbers,
        input.rooms.filter((room) => chosen.has(room.name)),
      ) ?? []
    );
  });
}

/** Who a seat plan and the registrations disagree on, by 证件号码, each in list order. */
export interface SeatPlanMismatch {
  /** Registered candidates with no seat in any room. */
  unseated: string[];
  /** Seated candidates who are not registered (no level, not 信息准确, or gone from the list). */
  unregistered: string[];
}

/** Compare a seat plan with the registered candidates' 证件号码: every registered candidate needs a seat, and only they. */
export function compareSeatPlan(registered: readonly string[], roomPlan: readonly RoomLevelPlan[]): SeatPlanMismatch {
  const registeredSet = new Set(registered);
  const seated = [...new Set(roomPlan.flatMap((entry) => entry.documentNumbers))];
  const seatedSet = new Set(seated);
  return {
    unseated: [...registeredSet].filter((documentNumber) => !seatedSet.has(documentNumber)),
    unregistered: seated.filter((documentNumber) => !registeredSet.has(documentNumber)),
  };
}
