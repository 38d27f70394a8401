/**
 * Exam day as the printed documents need it: each room serving a level, its
 * seated candidates and its two sessions, put together from the school workspace.
 */
import type { Level } from '../certificate/schema';
import { listRegisteredCandidates } from '../enrolment/rules';
import type { Problem } from '../plan/problem';
import { getExamDate, listSessions, type ExamSession } from '../plan/rules';
import { compareSeatPlan } from '../rooms/seat-plan';
import type { Workspace } from '../workspace/schema';

/** A candidate in a seat. */
export interface SeatedCandidate {
  seat: number;
  name: string;
  documentNumber: string;
}

/** A room serving one level: where it is, who sits where, and its sessions in time order. */
export interface RoomLevelDay {
  roomName: string;
  address: string;
  detailAddress: string;
  level: Level;
  candidates: SeatedCandidate[];
  sessions: ExamSession[];
}

/** Everything the exam-day documents print. */
export interface ExamDayPlan {
  siteName: string;
  planName: string;
  examDate: string;
  sessions: ExamSession[];
  roomLevels: RoomLevelDay[];
}

/** Return exam day from the workspace (call after `checkExamDayInputs` found no problem). */
export function buildExamDayPlan(workspace: Workspace): ExamDayPlan {
  const sessions = listSessions(workspace.examPlan.levels);
  const names = new Map(workspace.candidates.map((candidate) => [candidate.documentNumber, candidate.name]));
  const rooms = new Map(workspace.rooms.map((room) => [room.name, room]));
  return {
    siteName: workspace.school.siteName,
    planName: workspace.examPlan.name,
    examDate: getExamDate(workspace.examPlan.levels),
    sessions,
    roomLevels: workspace.roomPlan.map((entry) => ({
      roomName: entry.roomName,
      address: rooms.get(entry.roomName)?.address ?? '',
      detailAddress: rooms.get(entry.roomName)?.detailAddress ?? '',
      level: entry.level,
      candidates: entry.documentNumbers.map((documentNumber, index) => ({ seat: index + 1, name: names.get(documentNumber) ?? '', documentNumber })),
      sessions: sessions.filter((session) => session.level === entry.level),
    })),
  };
}

/**
 * Check the workspace has what exam day needs: subject times (为学生报考), a room
 * plan (考场设置), and a room plan that still matches the registered candidates.
 */
export function checkExamDayInputs(workspace: Workspace): Problem[] {
  if (workspace.examPlan.levels.length === 0) {
    return [{ field: 'start-plan', message: '还没有考核计划的科目考试时间。请先在「为学生报考」向导中填写考核计划。' }];
  }
  if (workspace.roomPlan.length === 0) {
    return [{ field: 'start-rooms', message: '还没有考场安排。请先完成「考场设置」向导。' }];
  }
  const registered = listRegisteredCandidates(workspace.candidates, workspace.enrolments).map((candidate) => candidate.documentNumber);
  const mismatch = compareSeatPlan(registered, workspace.roomPlan);
  const missing = mismatch.unseated.length;
  const extra = mismatch.unregistered.length;
  if (missing > 0 || extra > 0) {
    return [
      {
        field: 'start-rooms',
        message: `考场安排和报考名单不一致（${missing} 名报考考生没有座位，${extra} 个座位上的考生已不在报考名单中）。请回到「考场设置」向导重新分配座位。`,
      },
    ];
  }
  return [];
}
