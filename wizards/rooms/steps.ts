/**
 * The rooms wizard's screens in order (name, fields, what each checks on 下一步,
 * what it saves), and the seat plan and import rows built from the context.
 * Pure functions of the context; the seat plan's rules are src/domain/rooms/seat-plan.ts.
 */
import { levels } from '../../src/domain/certificate/facts';
import type { CheckResult } from '../../src/domain/plan/problem';
import { checkRoomChoices, checkRoomDrafts, getLevelRoomsFieldId, toRoomCapacities, type LevelRoomChoice } from '../../src/domain/rooms/checks';
import { buildRoomImportRow, type RoomImportRow } from '../../src/domain/rooms/import-rows';
import { buildRoomPlan, resolveRoomChoices, type SeatPlanInput } from '../../src/domain/rooms/seat-plan';
import type { Room } from '../../src/domain/workspace/schema';
import { defineSteps } from '../kit/step-list';
import type { RoomsContext } from './context-schema';
import { blockerFrom } from '../shared/wizard-links';
import { checkStart, listCandidatesByLevel } from './start-check';

export { listCandidatesByLevel } from './start-check';

/** Return what the seat plan is made from: the rooms as typed, the registrations, the plan's times, the user's choices. */
function toSeatPlanInput(context: RoomsContext): SeatPlanInput {
  return {
    rooms: toRoomCapacities(context.rooms),
    levelCandidates: listCandidatesByLevel(context),
    levelTimes: context.workspace.examPlan.levels,
    chosen: context.choices,
  };
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
export function resolveChoices(context: RoomsContext): LevelRoomChoice[] {
  return resolveRoomChoices(toSeatPlanInput(context));
}

/** Return errors and warnings of the room choices. */
export function checkAllocation(context: RoomsContext): CheckResult {
  return checkRoomChoices(toRoomCapacities(context.rooms), resolveChoices(context), context.workspace.examPlan.levels);
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

/** The screens, in order. */
export const roomsSteps = defineSteps<RoomsContext>()({
  start: { title: '开始之前', fields: ['start-plan'], check: checkStart, blockedBy: (context) => blockerFrom(checkStart(context), 'registration') },
  rooms: {
    title: '可用的机房',
    fields: ['room-add', /^room-\d+-/],
    check: (context) => checkRoomDrafts(context.rooms),
    saves: (context) => ({ rooms: toWorkspaceRooms(context) }),
  },
  allocation: {
    title: '选择考场',
    fields: levels.map(getLevelRoomsFieldId),
    check: (context) => checkAllocation(context).errors,
    saves: (context) => ({ roomPlan: buildRoomPlan(toSeatPlanInput(context)) }),
  },
  review: { title: '检查您的答案' },
  result: { title: '考场文件' },
  roomPlan: { title: '座位安排', partOf: 'result' },
});
export type RoomsStep = (typeof roomsSteps.ids)[number];
