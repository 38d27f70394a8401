import { isValidScore } from '../certificate/rules';
import { scoring } from '../certificate/facts';
import { addCalendarDays } from '../calendar/dates';
import { addWorkingDays, type WorkingDayCount } from '../calendar/rules';
import { reviewAnswerWorkingDays, reviewContact, reviewWindow } from './facts';
import type { Score } from './schema';
import { toFileNamePart } from '../spreadsheet/rules';

/** The outcome of reading a typed or imported score. */
export type ScoreReading = { ok: true; value: Score; changes: string[] } | { ok: false; message: string };

const missingScoreWords = new Set(['', '缺考', '缺', '无', '-', '—', '/']);

/**
 * Read a score as staff type or export it: a number from 0 to full marks, or blank /
 * 缺考 for none. Full-width digits are accepted and reported, never changed silently.
 */
export function parseScore(raw: string): ScoreReading {
  const trimmed = raw.trim();
  const halfWidth = trimmed.replace(/[０-９．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const changes = halfWidth === trimmed ? [] : [`全角数字“${trimmed}”已按“${halfWidth}”读取`];
  if (missingScoreWords.has(halfWidth)) return { ok: true, value: null, changes };
  if (!/^\d+(\.\d+)?$/.test(halfWidth)) {
    return { ok: false, message: `“${trimmed}”不是分数：请填写 0 到 ${scoring.fullMarks} 之间的数字，缺考或没有成绩请留空` };
  }
  const value = Number(halfWidth);
  if (!isValidScore(value)) {
    return { ok: false, message: `${halfWidth} 分超出范围：成绩在 0 到 ${scoring.fullMarks} 分之间，请核对后重新填写` };
  }
  return { ok: true, value, changes };
}

/** When a review may be asked for at the latest, with both limits the manual sets. */
export interface ReviewDeadline {
  /** 成绩公示时间 of the exam plan. */
  publication: { start: string; end: string };
  /** Limit 1 (第三章 八 (二) 1): the last of the working days after publication. */
  byWorkingDays: WorkingDayCount;
  /** Limit 2 (第三章 八 (一) 1, 附件1 备注): the last day of the first week of 成绩公示, never after it ends. */
  byPublicationWeek: { date: string; isCutByPublicationEnd: boolean };
  /** The earlier of the two limits: the deadline to use. */
  date: string;
  /** Which limit gives the deadline (`both` when they fall on the same day). */
  decidedBy: 'workingDays' | 'publicationWeek' | 'both';
  /** True when the deciding count ran through a year the holiday data lacks. */
  isEstimate: boolean;
}

/** Return the review deadline for a publication period: the earlier of the two limits, both kept. */
export function computeReviewDeadline(publication: { start: string; end: string }): ReviewDeadline {
  const byWorkingDays = addWorkingDays(publication.start, reviewWindow.requestWithinWorkingDays);
  const weekEnd = addCalendarDays(publication.start, reviewWindow.publicationReviewDays - 1);
  const isCutByPublicationEnd = publication.end < weekEnd;
  const byPublicationWeek = { date: isCutByPublicationEnd ? publication.end : weekEnd, isCutByPublicationEnd };
  const decidedBy =
    byWorkingDays.date === byPublicationWeek.date
      ? 'both'
      : byWorkingDays.date < byPublicationWeek.date
        ? 'workingDays'
        : 'publicationWeek';
  return {
    publication,
    byWorkingDays,
    byPublicationWeek,
    date: decidedBy === 'workingDays' ? byWorkingDays.date : byPublicationWeek.date,
    decidedBy,
    isEstimate: decidedBy !== 'publicationWeek' && byWorkingDays.uncoveredYears.length > 0,
  };
}

/** Whether a request sent on a given day is in time. */
export type RequestTiming = 'beforePublication' | 'inTime' | 'late';

/** Return whether a request sent on `requestDate` is before publication, in time, or too late. */
export function judgeRequestDate(deadline: ReviewDeadline, requestDate: string): RequestTiming {
  if (requestDate < deadline.publication.start) return 'beforePublication';
  return requestDate <= deadline.date ? 'inTime' : 'late';
}

/** Return the day by which the organisation answers a request sent on `requestDate` (第三章 八 (二) 2). */
export function computeAnswerDate(requestDate: string): WorkingDayCount {
  return addWorkingDays(requestDate, reviewAnswerWorkingDays);
}

/** Return the mail subject and file name (without extension) the manual asks for, with the school's name. */
export function formatReviewMailSubject(schoolName: string): string {
  return reviewContact.mailSubjectTemplate.replace('{school}', toFileNamePart(schoolName));
}

/** Return the file name the manual asks for: 「XX院校-网店运营推广证书复查表」.xlsx. */
export function reviewFileName(schoolName: string): string {
  return `${formatReviewMailSubject(schoolName)}.xlsx`;
}
