/**
 * The school's exam plan: checking the subject times typed from 「考试管理-考试计划」
 * and listing the sittings (sessions) of exam day. 手册 第三章 二.
 */
import { levelFacts, levels as allLevels } from '../certificate/facts';
import type { Subject } from '../certificate/facts-schema';
import type { Level } from '../certificate/schema';
import { checkExamDate } from '../timeline/rules';
import type { Problem } from './problem';
import type { PlanLevelTimes, Sitting } from './schema';
import { countMinutesBetween, isTimeOfDay, type DateTime } from './time-of-day';

/** One subject sitting of exam day: a level's 理论 or 实操 with its date and times. */
export interface ExamSession extends Sitting {
  /** Stable id: the subject's name, e.g. 初级理论. */
  id: string;
  level: Level;
  subject: Subject;
}

/** A sitting as typed in a form: every part a string, possibly empty. */
export type SittingDraft = Record<keyof Sitting, string>;

/** Which part of a level's times: its theory or its practical sitting. */
export type SittingPart = 'theory' | 'practical';

const partKind: Record<SittingPart, Subject['kind']> = { theory: '理论', practical: '实操' };

/** Return the id of the input for one part of a level's times, e.g. 初级-theory-start. */
export function getSittingFieldId(level: Level, part: SittingPart, key: keyof Sitting): string {
  return `${level}-${part}-${key}`;
}

/**
 * Check a level's two sittings as typed: real dates, HH:MM times, end after
 * start, no exam in the past, and theory and practical not overlapping.
 */
export function checkLevelTimes(level: Level, draft: Record<SittingPart, SittingDraft>, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const part of ['theory', 'practical'] as const) {
    const sitting = trimSitting(draft[part]);
    const name = `${level}${partKind[part]}`;
    const field = (key: keyof Sitting) => getSittingFieldId(level, part, key);
    const problemsBefore = problems.length;
    const dateCheck = checkExamDate(sitting.date, today);
    if (!dateCheck.ok) problems.push({ field: field('date'), message: `${name}：${dateCheck.message}` });
    for (const key of ['start', 'end'] as const) {
      if (!isTimeOfDay(sitting[key])) {
        const label = key === 'start' ? '开始时间' : '结束时间';
        problems.push({ field: field(key), message: `请填写${name}的${label}，写成 08:30 这样的格式。` });
      }
    }
    if (problems.length === problemsBefore && countMinutesBetween(toSpan(sitting).from, toSpan(sitting).to) <= 0) {
      problems.push({ field: field('end'), message: `${name}的结束时间 ${sitting.end} 必须晚于开始时间 ${sitting.start}。` });
    }
  }
  const [theory, practical] = [trimSitting(draft.theory), trimSitting(draft.practical)];
  if (problems.length === 0 && doSittingsOverlap(theory, practical)) {
    problems.push({
      field: getSittingFieldId(level, 'practical', 'start'),
      message: `${level}的理论（${theory.start}–${theory.end}）和实操（${practical.start}–${practical.end}）时间重叠，同一批考生不能同时参加两门考试。`,
    });
  }
  return problems;
}

function trimSitting(draft: SittingDraft): Sitting {
  return { date: draft.date.trim(), start: draft.start.trim(), end: draft.end.trim() };
}

/** Return a level's sittings as checked data (call after `checkLevelTimes` found nothing). */
export function toPlanLevelTimes(level: Level, draft: Record<SittingPart, SittingDraft>): PlanLevelTimes {
  return { level, theory: trimSitting(draft.theory), practical: trimSitting(draft.practical) };
}

/** Return every session of the plan's levels, in time order (ties in level order). */
export function listSessions(levels: readonly PlanLevelTimes[]): ExamSession[] {
  const sessions = levels.flatMap((entry) =>
    (['theory', 'practical'] as const).map((part) => {
      const subject = levelFacts[entry.level].subjects.find((candidate) => candidate.kind === partKind[part])!;
      return { id: subject.name, level: entry.level, subject, ...entry[part] };
    }),
  );
  const levelOrder = (level: Level) => allLevels.indexOf(level);
  return sessions.sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`) || levelOrder(a.level) - levelOrder(b.level));
}

/** Return the exam date of a plan: the earliest day any of its levels sits. */
export function getExamDate(levels: readonly PlanLevelTimes[]): string {
  return listSessions(levels)[0]!.date;
}

/** Return the exam date a plan knows: from its subject times, else the date typed before any were known (timeline wizard), else ''. */
export function readPlanExamDate(plan: { levels: readonly PlanLevelTimes[]; examDate: string | null }): string {
  return plan.levels.length > 0 ? getExamDate(plan.levels) : (plan.examDate ?? '');
}

/** A stretch of time from one date and time to another. */
export interface TimeSpan {
  from: DateTime;
  to: DateTime;
}

/** True when two spans share at least one minute. */
export function doSpansOverlap(a: TimeSpan, b: TimeSpan): boolean {
  return countMinutesBetween(a.from, b.to) > 0 && countMinutesBetween(b.from, a.to) > 0;
}

/** True when two sittings share at least one minute. */
export function doSittingsOverlap(a: Sitting, b: Sitting): boolean {
  return doSpansOverlap(toSpan(a), toSpan(b));
}

function toSpan(sitting: Sitting): TimeSpan {
  return { from: { date: sitting.date, time: sitting.start }, to: { date: sitting.date, time: sitting.end } };
}

/** Return the span a level occupies a room on exam day: from its first start to its last end, breaks included. */
export function getLevelSpan(entry: PlanLevelTimes): TimeSpan {
  const [theory, practical] = [toSpan(entry.theory), toSpan(entry.practical)];
  const isBefore = (a: DateTime, b: DateTime) => countMinutesBetween(a, b) > 0;
  return {
    from: isBefore(theory.from, practical.from) ? theory.from : practical.from,
    to: isBefore(theory.to, practical.to) ? practical.to : theory.to,
  };
}

/** True when two levels' spans overlap, so they cannot share a room. */
export function doLevelsOverlap(a: PlanLevelTimes, b: PlanLevelTimes): boolean {
  return doSpansOverlap(getLevelSpan(a), getLevelSpan(b));
}
