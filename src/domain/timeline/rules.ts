/**
 * 重要时间节点 as real calendar dates: each milestone's window resolved from the
 * exam date, with the reasoning shown to the user (手册 第三章 十一).
 */
import type { Milestone, RelativeDay } from './schema';
import { addDays, addMonths, formatChineseDate, formatShortChineseDate, getMondayOfWeek, isIsoDate, weekdayNames } from './iso-date';

/** A milestone with its first and last day as ISO dates, and how each was worked out. */
export interface DatedMilestone {
  milestone: Milestone;
  /** First day; for a deadline-only stage this is absent. */
  start?: string;
  /** Last day; absent for a stage with no end (颁发证书). */
  end?: string;
  /** One sentence per resolved day, in Chinese, saying how the date follows from the exam date. */
  derivation: string[];
}

/** The outcome of checking an exam date typed by the user. */
export type ExamDateCheck = { ok: true } | { ok: false; message: string };

const weekOrdinals = ['', '一', '二', '三', '四', '五', '六', '七', '八'];

/** Return the date a relative day falls on. `afterPublication` needs the last day of 成绩公示. */
export function resolveRelativeDay(examDate: string, day: RelativeDay, publicationEnd?: string): string {
  switch (day.kind) {
    case 'week':
      return addDays(getMondayOfWeek(examDate), day.weeksFromExam * 7 + day.weekday - 1);
    case 'days':
      return addDays(examDate, day.daysFromExam);
    case 'months':
      return addMonths(examDate, day.monthsFromExam);
    case 'afterPublication':
      if (!publicationEnd) throw new Error('afterPublication needs the end of 成绩公示');
      return addDays(publicationEnd, 1);
  }
}

/** Return one Chinese sentence that shows how a relative day gives its date. */
export function explainRelativeDay(examDate: string, day: RelativeDay, publicationEnd?: string): string {
  const result = formatChineseDate(resolveRelativeDay(examDate, day, publicationEnd));
  const exam = formatChineseDate(examDate);
  switch (day.kind) {
    case 'week': {
      const examMonday = getMondayOfWeek(examDate);
      const examWeek = `${formatShortChineseDate(examMonday)} 至 ${formatShortChineseDate(addDays(examMonday, 6))}`;
      if (day.weeksFromExam === 0) return `考试日 ${exam} 所在的一周是 ${examWeek}，其中${weekdayNames[day.weekday - 1]}是 ${result}。`;
      const monday = addDays(examMonday, day.weeksFromExam * 7);
      const direction = day.weeksFromExam < 0 ? '往前' : '往后';
      const ordinal = weekOrdinals[Math.abs(day.weeksFromExam)] ?? String(Math.abs(day.weeksFromExam));
      return `考试日 ${exam} 所在的一周是 ${examWeek}；${direction}数第${ordinal}周是 ${formatShortChineseDate(monday)} 至 ${formatShortChineseDate(addDays(monday, 6))}，其中${weekdayNames[day.weekday - 1]}是 ${result}。`;
    }
    case 'days':
      if (day.daysFromExam === 0) return `考试日就是 ${result}。`;
      return `考试日 ${exam} ${day.daysFromExam < 0 ? '往前' : '往后'} ${Math.abs(day.daysFromExam)} 天是 ${result}。`;
    case 'months':
      return `考试日 ${exam} ${day.monthsFromExam < 0 ? '往前' : '往后'} ${Math.abs(day.monthsFromExam)} 个月是 ${result}（该月没有同一天时取月末）。`;
    case 'afterPublication':
      return `成绩公示期最后一天 ${formatChineseDate(publicationEnd!)} 的次日是 ${result}。`;
  }
}

/** Check an exam date typed by the user: a real date, and not in the past. */
export function checkExamDate(examDate: string, today: string): ExamDateCheck {
  if (!isIsoDate(examDate)) return { ok: false, message: '请填写正确的考试日期，例如 2026-06-27。' };
  if (examDate < today) {
    return {
      ok: false,
      message: `考试日期 ${formatChineseDate(examDate)} 已经过去（今天是 ${formatChineseDate(today)}）。请填写即将举行的考试日期。`,
    };
  }
  return { ok: true };
}

/** Where today stands against a dated milestone. */
export type MilestoneStatus = 'past' | 'current' | 'upcoming';

/** Return whether a milestone's window is over, running or still ahead on `today`. */
export function getMilestoneStatus(dated: DatedMilestone, today: string): MilestoneStatus {
  // A deadline-only stage (考试报名) is open until its last day.
  if (dated.start && today < dated.start) return 'upcoming';
  if (dated.end && today > dated.end) return 'past';
  return 'current';
}
