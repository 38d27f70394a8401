import { buildRoomDaySheet, type RoomDaySheet } from '../domain/exam-day/room-day-sheet';
import type { RunSheetPoint } from '../domain/exam-day/schema';
import { examplePlan } from '../domain/plan/facts';
import { listSessions } from '../domain/plan/rules';

/** Return when a point happens, in words: 开考前 90 分钟, 开考时, 结束前 15 分钟, 考试结束时. */
export function formatRelativeTime(point: Pick<RunSheetPoint, 'anchor' | 'minutes'>): string {
  const { anchor, minutes } = point;
  if (anchor === 'start') {
    if (minutes === 0) return '开考时';
    return minutes < 0 ? `开考前 ${-minutes} 分钟` : `开考后 ${minutes} 分钟`;
  }
  if (minutes === 0) return '考试结束时';
  return minutes < 0 ? `结束前 ${-minutes} 分钟` : `结束后 ${minutes} 分钟`;
}

/** Return the points in the order they happen: those tied to the start, then those tied to the end. */
export function orderRunSheet<T extends Pick<RunSheetPoint, 'anchor' | 'minutes'>>(points: readonly T[]): T[] {
  const rank = (point: T) => (point.anchor === 'start' ? 0 : 1);
  return [...points].sort((a, b) => rank(a) - rank(b) || a.minutes - b.minutes);
}

/** The room name the example uses: both sessions of the level in one room, back to back. */
export const exampleRoomName = '同一考场';

/**
 * Return the run sheet of one room holding both sessions of a level of the manual's example plan
 * (第三章 二) on its day (`buildRoomDaySheet`): the preparation before the first session, and before
 * the second only what the break allows, so no time falls while the first session runs.
 */
export function buildExampleRoomDay(level: (typeof examplePlan.levels)[number]['level']): RoomDaySheet {
  const plan = examplePlan.levels.find((entry) => entry.level === level);
  if (!plan) throw new Error(`No level ${level} in the example plan`);
  const sitting = (kind: '理论' | '实操') => {
    const { date, start, end } = plan.subjects.find((subject) => subject.kind === kind)!;
    return { date, start, end };
  };
  const sessions = listSessions([{ level, theory: sitting('理论'), practical: sitting('实操') }]);
  return buildRoomDaySheet(exampleRoomName, sessions[0]!.date, sessions);
}
