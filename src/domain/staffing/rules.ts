/**
 * How many proctors and staff an exam needs (手册 第三章 六 2, 第四章 开头), and whether a
 * teacher teaches the candidates' own major (第三章 六 1: 建议非本专业任课老师). Who the
 * 主考 is: `chief-examiner.ts`.
 */
import { certificate } from '../certificate/facts';
import type { Level } from '../certificate/schema';
import type { TimeSpan } from '../plan/rules';
import { countMinutesBetween, type DateTime } from '../plan/time-of-day';
import { proctorRule } from './facts';

/**
 * Return the number of proctors a room needs for its candidates: 2 up to 40
 * candidates, otherwise one per 20 rounded up (and never fewer than 2).
 */
export function countProctorsForRoom(candidates: number): number {
  if (candidates <= 0) return 0;
  if (candidates <= proctorRule.smallRoomMaxCandidates) return proctorRule.minimumPerRoom;
  return Math.max(proctorRule.minimumPerRoom, Math.ceil(candidates / proctorRule.candidatesPerProctor));
}

/** A room serving one level on exam day: where proctors are needed, for how long. */
export interface ProctorSlot {
  roomName: string;
  level: Level;
  candidates: number;
  /** From the level's first start to its last end. */
  span: TimeSpan;
}

/**
 * Return the fewest proctors who can cover every slot: the most needed at any one
 * moment (the same person may proctor a morning and an afternoon room).
 */
export function countProctorsAtPeak(slots: readonly ProctorSlot[]): number {
  // Among time spans the busiest moment is always the start of one of them.
  const isRunningAt = (span: TimeSpan, at: DateTime) => countMinutesBetween(span.from, at) >= 0 && countMinutesBetween(at, span.to) > 0;
  return Math.max(
    0,
    ...slots.map((slot) =>
      slots.filter((other) => isRunningAt(other.span, slot.span.from)).reduce((sum, other) => sum + countProctorsForRoom(other.candidates), 0),
    ),
  );
}

/** Normalise a major or subject name for comparison: no spaces, no trailing 专业. */
function normaliseMajor(text: string): string {
  return text.replace(/\s+/g, '').replace(/专业$/, '');
}

/**
 * True when a teacher's subject is one of the candidates' majors or the
 * certificate's own field: the manual advises against such proctors.
 */
export function isOwnMajorTeacher(subject: string, majors: readonly string[]): boolean {
  const taught = normaliseMajor(subject);
  if (!taught) return false;
  const own = [...majors, certificate.shortName].map(normaliseMajor).filter(Boolean);
  return own.some((major) => taught.includes(major) || major.includes(taught));
}

/** Return the candidates' majors: the pilot's majors and every candidate's 就读专业, each once, blanks left out. */
export function listCandidateMajors(pilotMajors: ReadonlyArray<{ name: string }>, candidates: ReadonlyArray<{ major: string }>): string[] {
  return [...new Set([...pilotMajors.map((major) => major.name), ...candidates.map((candidate) => candidate.major)])].filter(Boolean);
}
