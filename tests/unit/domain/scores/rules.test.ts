import { describe, expect, test } from 'vitest';
import { coveredYears } from '../../../../src/domain/calendar/holiday-data';
import { examplePlan } from '../../../../src/domain/plan/facts';
import { reviewAnswerWorkingDays, reviewContact, reviewWindow } from '../../../../src/domain/scores/facts';
import {
  computeAnswerDate,
  computeReviewDeadline,
  formatReviewMailSubject,
  judgeRequestDate,
} from '../../../../src/domain/scores/rules';

describe('computeReviewDeadline', () => {
  test('returns the end of the first publication week for the manual’s example plan', () => {
    const deadline = computeReviewDeadline(examplePlan.scorePublication);
    expect(deadline).toMatchObject({
      date: '2021-07-18',
      decidedBy: 'publicationWeek',
      byWorkingDays: { date: '2021-07-21' },
      byPublicationWeek: { date: '2021-07-18', isCutByPublicationEnd: false },
      isEstimate: false,
    });
  });

  test.each([
    // Publication starting before National Day: 7 working days run past the holiday.
    { start: '2026-09-28', end: '2026-10-11', workingDays: '2026-10-13', week: '2026-10-04', date: '2026-10-04' },
    // A short publication period ends before its first week does.
    { start: '2026-06-01', end: '2026-06-05', workingDays: '2026-06-10', week: '2026-06-05', date: '2026-06-05' },
    // A long period: the first week decides.
    { start: '2026-10-12', end: '2026-10-31', workingDays: '2026-10-21', week: '2026-10-18', date: '2026-10-18' },
  ])('returns $date as the earlier of $workingDays and $week', ({ start, end, workingDays, week, date }) => {
    const deadline = computeReviewDeadline({ start, end });
    expect([deadline.byWorkingDays.date, deadline.byPublicationWeek.date, deadline.date]).toEqual([workingDays, week, date]);
  });

  test('counts the configured number of working days', () => {
    const { byWorkingDays } = computeReviewDeadline({ start: '2026-09-28', end: '2026-10-11' });
    expect(byWorkingDays.days.filter((day) => day.isWorkingDay)).toHaveLength(reviewWindow.requestWithinWorkingDays);
  });

  test('marks the first-week limit as cut when publication ends sooner', () => {
    expect(computeReviewDeadline({ start: '2026-06-01', end: '2026-06-05' }).byPublicationWeek.isCutByPublicationEnd).toBe(true);
  });

  test('reports uncovered years without calling the first-week deadline an estimate', () => {
    const start = `${coveredYears.last}-12-28`;
    const deadline = computeReviewDeadline({ start, end: `${coveredYears.last + 1}-01-10` });
    expect(deadline.byWorkingDays.uncoveredYears).toEqual([coveredYears.last + 1]);
    expect([deadline.decidedBy, deadline.isEstimate]).toEqual(['publicationWeek', false]);
  });
});

describe('judgeRequestDate', () => {
  const deadline = computeReviewDeadline(examplePlan.scorePublication);
  test.each([
    { date: '2021-07-11', expected: 'beforePublication' },
    { date: '2021-07-12', expected: 'inTime' },
    { date: '2021-07-18', expected: 'inTime' },
    { date: '2021-07-19', expected: 'late' },
  ])('returns $expected for a request on $date', ({ date, expected }) => {
    expect(judgeRequestDate(deadline, date)).toBe(expected);
  });
});

describe('computeAnswerDate', () => {
  test.each([
    { request: '2026-09-30', expected: '2026-10-10' },
    { request: '2026-10-12', expected: '2026-10-15' },
  ])('returns $expected for a request on $request', ({ request, expected }) => {
    const answer = computeAnswerDate(request);
    expect(answer.date).toBe(expected);
    expect(answer.days.filter((day) => day.isWorkingDay)).toHaveLength(reviewAnswerWorkingDays);
  });
});

describe('formatReviewMailSubject', () => {
  test.each([
    { school: '南京金陵中等专业学校', expected: '南京金陵中等专业学校-网店运营推广证书复查表' },
    { school: ' 某职业学院 ', expected: '某职业学院-网店运营推广证书复查表' },
    { school: 'A/B:学院', expected: 'AB学院-网店运营推广证书复查表' },
  ])('returns $expected for "$school"', ({ school, expected }) => {
    expect(formatReviewMailSubject(school)).toBe(expected);
  });

  test('follows the template of the form’s note', () => {
    expect(reviewContact.mailSubjectTemplate).toContain('{school}');
  });
});
