import { addCalendarDays } from '../calendar/dates';
import { addWorkingDays, type WorkingDayCount } from '../calendar/rules';
import { reviewAnswerWorkingDays, reviewContact, reviewWindow } from './facts';
import { toFileNamePart } from '../spreadsheet/rules';

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
