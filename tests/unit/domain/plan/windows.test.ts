import { describe, expect, test } from 'vitest';
import {
  checkWindowDraft,
  checkWindowDrafts,
  fillWindowDrafts,
  planWindowKeys,
  toDateRange,
  toPlanWindows,
  toWindowDraft,
  toWindowDrafts,
  windowFieldIds,
} from '../../../../src/domain/plan/windows';

describe('checkWindowDraft', () => {
  test.each([
    { name: 'an empty window', draft: { start: '', end: ' ' }, fields: [] },
    { name: 'a complete window', draft: { start: '2036-04-16', end: '2036-06-10' }, fields: [] },
    { name: 'a missing end', draft: { start: '2036-04-16', end: '' }, fields: ['window-registration-end'] },
    { name: 'an impossible start', draft: { start: '2036-02-30', end: '2036-06-10' }, fields: ['window-registration-start'] },
    { name: 'an end before the start', draft: { start: '2036-06-10', end: '2036-04-16' }, fields: ['window-registration-end'] },
  ])('reports $fields for $name', ({ draft, fields }) => {
    expect(checkWindowDraft('registration', draft).map((problem) => problem.field)).toEqual(fields);
  });

  test('names the window in the message', () => {
    expect(checkWindowDraft('scorePublication', { start: '2036-07-20', end: '2036-07-14' })[0]!.message).toBe(
      '成绩公示时间的结束日期 2036-07-14 早于开始日期 2036-07-20，请核对考核计划。',
    );
  });
});

describe('toDateRange', () => {
  test.each([
    { draft: { start: ' 2036-04-16 ', end: '2036-06-10' }, expected: { start: '2036-04-16', end: '2036-06-10' } },
    { draft: { start: '', end: '' }, expected: null },
  ])('returns $expected', ({ draft, expected }) => {
    expect(toDateRange(draft)).toEqual(expected);
  });
});

describe('toWindowDraft', () => {
  test('returns empty text for a window not entered', () => {
    expect(toWindowDraft(null)).toEqual({ start: '', end: '' });
  });
});

describe('planWindowKeys', () => {
  test('lists the four windows in the platform’s order', () => {
    expect(planWindowKeys).toEqual(['registration', 'scheduling', 'scoreEntry', 'scorePublication']);
  });
});

describe('the four windows together', () => {
  const empty = { start: '', end: '' };
  const drafts = { registration: { start: '2036-04-16', end: '2036-06-10' }, scheduling: empty, scoreEntry: { start: '2036-07-01', end: '' }, scorePublication: empty };

  test('reports the problems of every window, in the platform’s order', () => {
    expect(checkWindowDrafts(drafts).map((problem) => problem.field)).toEqual(['window-scoreEntry-end']);
  });

  test('turns the typed windows into ranges and back', () => {
    const windows = toPlanWindows({ ...drafts, scoreEntry: empty });
    expect(windows).toEqual({ registration: { start: '2036-04-16', end: '2036-06-10' }, scheduling: null, scoreEntry: null, scorePublication: null });
    expect(toWindowDrafts(windows)).toEqual({ ...drafts, scoreEntry: empty });
  });

  test('fills only the windows left wholly empty from the stored ones', () => {
    const stored = {
      registration: { start: '2036-04-01', end: '2036-05-01' },
      scheduling: { start: '2036-06-01', end: '2036-06-05' },
      scoreEntry: { start: '2036-07-02', end: '2036-07-09' },
      scorePublication: null,
    };
    expect(fillWindowDrafts(drafts, stored)).toEqual({ ...drafts, scheduling: { start: '2036-06-01', end: '2036-06-05' } });
  });

  test('returns the same drafts when there is nothing to fill, so an unchanged draft is not saved again', () => {
    expect(fillWindowDrafts(drafts, { registration: null, scheduling: null, scoreEntry: null, scorePublication: null })).toBe(drafts);
  });

  test('names an input for both ends of every window', () => {
    expect(windowFieldIds).toHaveLength(planWindowKeys.length * 2);
    expect(windowFieldIds.slice(0, 2)).toEqual(['window-registration-start', 'window-registration-end']);
  });
});
