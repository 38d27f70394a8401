/**
 * The exam-day run sheet of one session: each time point of `runSheetPoints`
 * turned into a clock time from the subject's start and end, across midnight
 * when needed (手册 第四章 三、四).
 */
import type { ExamSession } from '../plan/rules';
import { shiftDateTime, type DateTime } from '../plan/time-of-day';
import { runSheetPoints } from './run-sheet';
import type { RunSheetPoint } from './schema';

/** One line of a session's run sheet. */
export interface RunSheetLine extends DateTime {
  point: RunSheetPoint;
  /** When, relative to the session, e.g. 开考前 90 分钟. */
  relative: string;
}

/** Return the relative time of a point in words, e.g. 开考前 90 分钟, 结束前 15 分钟. */
export function describeRelativeTime(point: Pick<RunSheetPoint, 'anchor' | 'minutes'>): string {
  const anchor = point.anchor === 'start' ? '开考' : '结束';
  if (point.minutes === 0) return point.anchor === 'start' ? '开考' : '考试结束';
  return `${anchor}${point.minutes < 0 ? '前' : '后'} ${Math.abs(point.minutes)} 分钟`;
}

/** Return the run sheet of one session, in time order (points at the same time keep the manual's order). */
export function buildRunSheet(session: Pick<ExamSession, 'date' | 'start' | 'end' | 'subject'>): RunSheetLine[] {
  const anchors = { start: { date: session.date, time: session.start }, end: { date: session.date, time: session.end } };
  return runSheetPoints
    .filter((point) => !point.subjectKind || point.subjectKind === session.subject.kind)
    .map((point) => ({ point, relative: describeRelativeTime(point), ...shiftDateTime(anchors[point.anchor], point.minutes) }))
    .sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
}
