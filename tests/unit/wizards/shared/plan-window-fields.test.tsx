// @vitest-environment happy-dom
/** The plan's windows say which were prefilled from the workspace, only while they still hold the saved dates. */
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { PlanWindowFields } from '../../../../wizards/shared/PlanWindowFields';

const empty = { start: '', end: '' };
const saved = { registration: { start: '2036-04-16', end: '2036-06-10' }, scheduling: { start: '2036-06-11', end: '2036-06-20' }, scoreEntry: null, scorePublication: null };

describe('PlanWindowFields', () => {
  test('marks each window that still holds the saved dates, and no other', () => {
    const host = document.createElement('div');
    const windows = { registration: { ...saved.registration }, scheduling: { start: '2036-06-11', end: '2036-06-21' }, scoreEntry: empty, scorePublication: empty };
    render(<PlanWindowFields windows={windows} saved={saved} errors={[]} onSet={() => {}} />, host);
    expect([...host.querySelectorAll('.wizard-hint')].map((hint) => hint.textContent)).toEqual(['已填入学校工作区中保存的报考时间，可以修改。']);
  });
});
