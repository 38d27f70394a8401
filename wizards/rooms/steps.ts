/**
 * The rooms wizard's screens in order, what each checks on 下一步, and the seat
 * plan and import rows built from the context. Pure functions of the context.
 */
import { levels } from '../../src/domain/certificate/facts';
import type { Level } from '../../src/domain/certificate/schema';
import { listRegisteredCandidates } from '../../src/domain/enrolment/rules';
import type { CheckResult, Problem } from '../../src/domain/plan/problem';
import { checkRoomChoices, checkRoomDrafts, toRoomCapacities } from '../../src/domain/rooms/checks';
import { buildRoomImportRow, type RoomImportRow } from '../../src/domain/rooms/import-rows';
import { planLevelSeats, suggestRoomChoices } from '../../src/domain/rooms/rules';
import type { RoomLevelPlan } from '../../src/domain/rooms/schema';
import type { Room, Workspace } from '../../src/domain/workspace/schema';
import type { RoomsContext } from './context';

/** The screens, in order; `roomPlan` shows the printable seat plan from the result. */
export const roomsSteps = ['start', 'rooms', 'allocation', 'review', 'result', 'roomPlan'] as const;
export type RoomsStep = (typeof roomsSteps)[number];

/** Return the registered candidates of each level the plan has times for, in list order. */
export function listLevelCandidates(context: RoomsContext): Array<{ level: Level; documentNumbers: string[] }> {
  const registered = listRegisteredCandidates(context.workspace.candidates, context.workspace.enrolments);
  const planned = new Set(context.workspace.examPlan.levels.map((entry) => entry.level));
  return levels
    .filter((level) => planned.has(level))
    .map((level) => ({
      level,
      documentNumbers: registered.filter((candidate) => candidate.level === level).map((candidate) => candidate.documentNumber),
    }))
    .filter((entry) => entry.documentNumbers.length > 0);
}

/** Return the rooms as checked workspace rooms (call once the rooms screen has no errors). */
export function toWorkspaceRooms(context: RoomsContext): Room[] {
  return context.rooms.map((room) => ({
    name: room.name.trim(),
    address: room.address.trim(),
    detailAddress: room.detailAddress.trim(),
    machines: Number(room.machines.trim()),
  }));
}

/** Return each level's chosen rooms, with the first suggestion where the user has not chosen yet. */
export function resolveChoices(context: RoomsContext): Array<{ level: Level; candidates: number; roomNames: string[] }> {
  const capacities = toRoomCapacities(context.rooms);
  const known = new Set(capacities.map((room) => room.name));
  const levelCandidates = listLevelCandidates(context).map((entry) => ({ level: entry.level, candidates: entry.documentNumbers.length }));
  const suggested = suggestRoomChoices(capacities, levelCandidates, context.workspace.examPlan.levels);
  return suggested.map((entry) => {
    const chosen = context.choices[entry.level]?.filter((name) => known.has(name));
    return chosen ? { ...entry, roomNames: chosen } : entry;
  });
}

/** Return errors and warnings of the room choices. */
export function checkAllocation(context: RoomsContext): CheckResult {
  return checkRoomChoices(toRoomCapacities(context.rooms), resolveChoices(context), context.workspace.examPlan.levels);
}

/** Return the seat plan: every level's candidates spread over its rooms (call once the allocation has no errors). */
export function buildRoomPlan(context: RoomsContext): RoomLevelPlan[] {
  const capacities = toRoomCapacities(context.rooms);
  const choices = resolveChoices(context);
  return listLevelCandidates(context).flatMap(({ level, documentNumbers }) => {
    // The school's room order, not the order of clicking, decides who sits where.
    const chosen = new Set(choices.find((entry) => entry.level === level)?.roomNames ?? []);
    return (
      planLevelSeats(
        level,
        documentNumbers,
        capacities.filter((room) => chosen.has(room.name)),
      ) ?? []
    );
  });
}

/** Return the rows of the room import file for the saved seat plan. */
export function buildImportRows(context: RoomsContext): RoomImportRow[] {
  const rooms = new Map(toWorkspaceRooms(context).map((room) => [room.name, room]));
  return context.workspace.roomPlan.map((entry) =>
    buildRoomImportRow(context.workspace.examPlan.name, context.workspace.school.siteName, {
      roomName: entry.roomName,
      address: rooms.get(entry.roomName)?.address ?? '',
      detailAddress: rooms.get(entry.roomName)?.detailAddress ?? '',
      level: entry.level,
      seats: entry.documentNumbers.length,
    }),
  );
}

/** Return what stops 下一步 on a screen; an empty list lets the user move on. */
export function findStepErrors(step: RoomsStep, context: RoomsContext): Problem[] {
  switch (step) {
    case 'start':
      if (context.workspace.examPlan.levels.length === 0) {
        return [{ field: 'start-plan', message: '还没有考核计划的科目考试时间。请先完成「为学生报考」向导。' }];
      }
      return listLevelCandidates(context).length === 0
        ? [{ field: 'start-plan', message: '还没有已报考的考生（选了级别且信息准确）。请先完成「为学生报考」向导。' }]
        : [];
    case 'rooms':
      return checkRoomDrafts(context.rooms);
    case 'allocation':
      return checkAllocation(context).errors;
    case 'review':
    case 'result':
    case 'roomPlan':
      return [];
  }
}

/** True when every screen before `step` passes its checks. */
export function canEnter(step: RoomsStep, context: RoomsContext): boolean {
  return roomsSteps.slice(0, roomsSteps.indexOf(step)).every((earlier) => findStepErrors(earlier, context).length === 0);
}

/** Which part of the workspace a screen writes when the user moves on. */
export type WorkspacePart = 'rooms' | 'roomPlan';

/** Return the workspace update a finished screen makes: whole parts, so they also replace this wizard's copy. */
export function buildWorkspacePatch(part: WorkspacePart, context: RoomsContext): Partial<Omit<Workspace, 'version'>> {
  return part === 'rooms' ? { rooms: toWorkspaceRooms(context) } : { roomPlan: buildRoomPlan(context) };
}
