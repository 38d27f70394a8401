import { examplePlan } from '../domain/plan/facts';
import type { RunSheetPoint } from '../domain/exam-day/schema';

/** A subject's session on the exam day, as the plan gives it. */
export interface Session {
  /** e.g. 初级理论. */
  label: string;
  kind: '理论' | '实操';
  /** HH:MM. */
  start: string;
  /** HH:MM. */
  end: string;
}

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

/** Return HH:MM moved by some minutes (within one day). */
export function shiftClock(clock: string, minutes: number): string {
  const [hours, mins] = clock.split(':').map(Number) as [number, number];
  const total = hours * 60 + mins + minutes;
  if (total < 0 || total >= 24 * 60) throw new Error(`${clock} ${minutes} min leaves the day`);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Return the clock time of a point in a session, or undefined when the point is for the other subject kind. */
export function clockTimeIn(point: Pick<RunSheetPoint, 'anchor' | 'minutes' | 'subjectKind'>, session: Session): string | undefined {
  if (point.subjectKind && point.subjectKind !== session.kind) return undefined;
  return shiftClock(point.anchor === 'start' ? session.start : session.end, point.minutes);
}

/** Return the sessions of one level of the manual's example plan (第三章 二). */
export function listExampleSessions(level: (typeof examplePlan.levels)[number]['level']): Session[] {
  const plan = examplePlan.levels.find((l) => l.level === level);
  if (!plan) throw new Error(`No level ${level} in the example plan`);
  return plan.subjects.map((subject) => ({
    label: `${level}${subject.kind}`,
    kind: subject.kind,
    start: subject.start,
    end: subject.end,
  }));
}

/** One row of the example table: a relative time and its clock time in each session. */
export interface ExampleRow {
  when: string;
  /** One per session; undefined when nothing happens then in that session. */
  times: (string | undefined)[];
}

/** Return one row per distinct relative time, with the clock time in each session where a point applies. */
export function listExampleRows(points: readonly RunSheetPoint[], sessions: readonly Session[]): ExampleRow[] {
  const rows = new Map<string, ExampleRow>();
  for (const point of orderRunSheet(points)) {
    const when = formatRelativeTime(point);
    const row = rows.get(when) ?? { when, times: sessions.map(() => undefined) };
    sessions.forEach((session, i) => (row.times[i] ??= clockTimeIn(point, session)));
    rows.set(when, row);
  }
  return [...rows.values()];
}
