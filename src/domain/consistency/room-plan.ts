/** The seat plan against the registered candidates and the rooms (see rules.ts for what it checks and why). */
import type { Level } from '../certificate/schema';
import { listRegisteredCandidates } from '../enrolment/rules';
import { compareSeatPlan } from '../rooms/seat-plan';
import { keepFindings, listNames, nameWizard, type ConsistencyFinding, type ConsistencyInput } from './finding';

/** Return findings where the seat plan no longer matches the registered candidates or the rooms (silent while there is no seat plan). */
export function checkRoomPlan({ candidates, enrolments, examPlan, rooms, roomPlan }: ConsistencyInput): ConsistencyFinding[] {
  if (roomPlan.length === 0) return [];
  const timed = new Set(examPlan.levels.map((entry) => entry.level));
  const registered = listRegisteredCandidates(candidates, enrolments);
  const registeredLevel = new Map(registered.map((candidate) => [candidate.documentNumber, candidate.level]));
  const names = new Map(candidates.map((candidate) => [candidate.documentNumber, candidate.name]));
  const nameOf = (documentNumber: string) => names.get(documentNumber) ?? documentNumber;
  const mismatch = compareSeatPlan(
    registered.map((candidate) => candidate.documentNumber),
    roomPlan,
  );
  const unseated = mismatch.unseated.filter((documentNumber) => timed.has(registeredLevel.get(documentNumber)!));
  const unregistered = mismatch.unregistered.filter((documentNumber) => names.has(documentNumber));
  const unlisted = mismatch.unregistered.filter((documentNumber) => !names.has(documentNumber));
  const seatedLevel = new Map<string, Level>();
  for (const entry of roomPlan) {
    for (const documentNumber of entry.documentNumbers) if (!seatedLevel.has(documentNumber)) seatedLevel.set(documentNumber, entry.level);
  }
  const moved = registered.filter(
    (candidate) => timed.has(candidate.level) && seatedLevel.has(candidate.documentNumber) && seatedLevel.get(candidate.documentNumber) !== candidate.level,
  );
  const roomNames = new Set(rooms.map((room) => room.name));
  const removedRooms = [...new Set(roomPlan.map((entry) => entry.roomName).filter((name) => !roomNames.has(name)))];
  const reseat = `考场安排是按之前的名单做的，请打开${nameWizard('rooms')}重新分配座位。`;
  return keepFindings([
    unseated.length > 0 && {
      key: 'room-plan-unseated',
      message: `${unseated.length} 名报考考生在考场安排中没有座位：${listNames(unseated.map(nameOf))}。${reseat}`,
      fixIn: 'rooms',
    },
    unregistered.length > 0 && {
      key: 'room-plan-unregistered',
      message: `考场安排中有 ${unregistered.length} 名考生已不在报考名单中（没有报考级别或还不是“信息准确”）：${listNames(unregistered.map(nameOf))}。${reseat}`,
      fixIn: 'rooms',
    },
    unlisted.length > 0 && {
      key: 'room-plan-unlisted',
      message: `考场安排中有 ${unlisted.length} 个证件号码已不在考生名单中：${listNames(unlisted, '个')}。${reseat}`,
      fixIn: 'rooms',
    },
    moved.length > 0 && {
      key: 'room-plan-level-changed',
      message: `${moved.length} 名考生在考场安排中的级别与报考级别不同：${listNames(moved.map((candidate) => `${candidate.name}（安排在${seatedLevel.get(candidate.documentNumber)}考场，报考${candidate.level}）`))}。${reseat}`,
      fixIn: 'rooms',
    },
    removedRooms.length > 0 && {
      key: 'room-plan-room-removed',
      message: `考场安排用到的 ${removedRooms.length} 个考场已不在考场列表中：${listNames(removedRooms, '个')}。请打开${nameWizard('rooms')}，为这些考场的考生重新分配座位。`,
      fixIn: 'rooms',
    },
  ]);
}
