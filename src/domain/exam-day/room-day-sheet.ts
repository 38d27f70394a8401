/**
 * The exam-day run sheet of one room and one day (手册 第四章 三、四, `runSheetPoints`):
 * every session held there that day, in time order. The preparation before the first
 * session is the manual's (开考前 90、30、15 分钟); before a later session only what
 * the break allows, never while the previous session is running (`backToBackReading`).
 */
import type { ExamSession } from '../plan/rules';
import { countMinutesBetween, shiftDateTime, type DateTime } from '../plan/time-of-day';
import type { ExamDayPlan } from './day-plan';
import { runSheetPoints } from './run-sheet';
import { describeRelativeTime } from './run-sheet-times';
import type { RunSheetPoint } from './schema';

/** One line of a room's day. */
export interface RoomDayLine extends DateTime {
  point: RunSheetPoint;
  /** The session the line prepares or belongs to. */
  session: ExamSession;
  /** When, in words: 开考前 30 分钟, or 上一场结束后 when the break moved it. */
  relative: string;
  /** Why the time differs from the manual's, when the break moved it. */
  note?: string;
}

/** The run sheet of one room on one day. */
export interface RoomDaySheet {
  roomName: string;
  date: string;
  /** The sessions held in the room that day, in time order. */
  sessions: ExamSession[];
  lines: RoomDayLine[];
  /** Sessions of the room that overlap each other (a plan to correct), in words. */
  overlaps: string[];
}

const startOf = (session: ExamSession): DateTime => ({ date: session.date, time: session.start });
const endOf = (session: ExamSession): DateTime => ({ date: session.date, time: session.end });
const sortKey = (at: DateTime) => `${at.date} ${at.time}`;

/** Return the lines of one session, its preparation fitted after `previousEnd` (null for the day's first session). */
function linesOfSession(session: ExamSession, previous: ExamSession | null): RoomDayLine[] {
  const anchors = { start: startOf(session), end: endOf(session) };
  return runSheetPoints
    .filter((point) => !point.subjectKind || point.subjectKind === session.subject.kind)
    .filter((point) => !(previous && point.isOncePerRoomDay))
    .map((point) => {
      const at = shiftDateTime(anchors[point.anchor], point.minutes);
      const line = { point, session, relative: describeRelativeTime(point), ...at };
      if (!previous || countMinutesBetween(endOf(previous), at) >= 0) return line;
      // The manual's time falls while the previous session runs: do it as soon as that session ends.
      const breakMinutes = countMinutesBetween(endOf(previous), startOf(session));
      return {
        ...line,
        ...endOf(previous),
        relative: '上一场结束后',
        note: `手册为${describeRelativeTime(point)}；两场之间只有 ${breakMinutes} 分钟，上一场结束后立即做`,
      };
    });
}

/** Return the run sheet of one room's sessions on one day (sessions in any order). */
export function buildRoomDaySheet(roomName: string, date: string, sessions: readonly ExamSession[]): RoomDaySheet {
  const ordered = [...sessions].sort((a, b) => sortKey(startOf(a)).localeCompare(sortKey(startOf(b))));
  const overlaps: string[] = [];
  const lines = ordered.flatMap((session, index) => {
    const previous = ordered[index - 1] ?? null;
    if (previous && countMinutesBetween(endOf(previous), startOf(session)) < 0) {
      overlaps.push(`${previous.id}（${previous.start}–${previous.end}）与${session.id}（${session.start}–${session.end}）在${roomName}的时间重叠：请核对考核计划或考场安排`);
    }
    return linesOfSession(session, previous).map((line) => ({ line, order: index }));
  });
  // Time order; at the same minute the earlier session's lines first, then the manual's order.
  lines.sort((a, b) => sortKey(a.line).localeCompare(sortKey(b.line)) || a.order - b.order);
  return { roomName, date, sessions: ordered, lines: lines.map(({ line }) => line), overlaps };
}

/** Return one run sheet per room and day of the exam, in room order of the plan, then by date. */
export function buildRoomDaySheets(plan: ExamDayPlan): RoomDaySheet[] {
  const byRoomDay = new Map<string, { roomName: string; date: string; sessions: ExamSession[] }>();
  for (const room of plan.roomLevels) {
    for (const session of room.sessions) {
      const key = `${room.roomName}\n${session.date}`;
      const entry = byRoomDay.get(key) ?? { roomName: room.roomName, date: session.date, sessions: [] };
      if (!entry.sessions.some((known) => known.id === session.id)) entry.sessions.push(session);
      byRoomDay.set(key, entry);
    }
  }
  return [...byRoomDay.values()]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((entry) => buildRoomDaySheet(entry.roomName, entry.date, entry.sessions));
}
