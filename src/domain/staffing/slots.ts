/** Where proctors are needed: every room of the seat plan, for its level's span on exam day. */
import { getLevelSpan } from '../plan/rules';
import type { PlanLevelTimes } from '../plan/schema';
import type { RoomLevelPlan } from '../rooms/schema';
import type { ProctorSlot } from './rules';

/** Return a proctor slot for each room and level of the seat plan that has times in the plan. */
export function listProctorSlots(roomPlan: readonly RoomLevelPlan[], levelTimes: readonly PlanLevelTimes[]): ProctorSlot[] {
  return roomPlan.flatMap((entry) => {
    const times = levelTimes.find((level) => level.level === entry.level);
    return times ? [{ roomName: entry.roomName, level: entry.level, candidates: entry.documentNumbers.length, span: getLevelSpan(times) }] : [];
  });
}
