/** Proctor assignments against the rooms and the seat plan (see rules.ts for what it checks and why). */
import { getSlotId } from '../staffing/assignment';
import { keepFindings, listNames, nameWizard, type ConsistencyFinding, type ConsistencyInput } from './finding';

/** Return findings for proctors assigned to a room that is gone from the rooms, or from the seat plan for that level. */
export function checkProctorRooms({ rooms, roomPlan, proctorAssignments }: ConsistencyInput): ConsistencyFinding[] {
  const roomNames = new Set(rooms.map((room) => room.name));
  const planned = new Set(roomPlan.map(getSlotId));
  const staffed = proctorAssignments.filter((entry) => entry.proctors.length > 0);
  const label = (entry: (typeof staffed)[number]) => `${entry.roomName}（${entry.level}）`;
  const removed = staffed.filter((entry) => !roomNames.has(entry.roomName));
  const unplanned = staffed.filter((entry) => roomNames.has(entry.roomName) && !planned.has(getSlotId(entry)));
  const reassign = `请打开${nameWizard('staff')}重新安排监考员。`;
  return keepFindings([
    removed.length > 0 && {
      key: 'proctors-room-removed',
      message: `监考安排中有 ${removed.length} 个考场已不在考场列表中：${listNames(removed.map(label), '个')}。${reassign}`,
      fixIn: 'staff',
    },
    unplanned.length > 0 && {
      key: 'proctors-room-unplanned',
      message: `监考安排中有 ${unplanned.length} 个考场在考场安排中已不用于该级别：${listNames(unplanned.map(label), '个')}。${reassign}`,
      fixIn: 'staff',
    },
  ]);
}
