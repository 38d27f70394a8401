// @vitest-environment happy-dom
/**
 * 证件号码相同的学生 a page at a time: a list pasted twice makes tens of thousands of groups,
 * and drawing them all (68 000 radios in the 50 000-row bench) froze the tab for 11 s.
 * The error summary's link to the first undecided group must still reach it from any page.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { DuplicateGroup } from '../../../../src/domain/candidates/duplicates';
import type { CandidateRow, ConflictDecisions } from '../../../../src/domain/candidates/schema';
import { ConflictChoices } from '../../../../wizards/candidates/ConflictChoices';
import { conflictFieldId } from '../../../../wizards/candidates/steps';
import { ErrorSummary } from '../../../../wizards/kit/ErrorSummary';
import type { FieldError } from '../../../../wizards/kit/wizard-machine';

function row(id: number, name: string): CandidateRow {
  return { id, sourceRow: id + 1, values: { name, documentNumber: `44010620040101${String(id).padStart(4, '0')}` } as CandidateRow['values'] };
}

/** `count` pairs: rows 2n−1 and 2n share a 证件号码 and differ in name. */
function pairs(count: number): DuplicateGroup[] {
  return Array.from({ length: count }, (_, index) => {
    const rows = [row(2 * index + 1, '张三'), row(2 * index + 2, '张山')];
    return { key: `${rows[0]!.id},${rows[1]!.id}`, documentNumber: rows[0]!.values.documentNumber, rows, differingColumns: ['name'] };
  });
}

const roots: HTMLElement[] = [];
afterEach(() => roots.splice(0).forEach((root) => (render(null, root), root.remove())));

function show(groups: DuplicateGroup[], decisions: ConflictDecisions = {}, errors: FieldError[] = []) {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  act(() => render(<ConflictChoices groups={groups} decisions={decisions} errors={errors} onDecide={() => {}} />, root));
  return root;
}

const shownGroups = (root: HTMLElement) => root.querySelectorAll('fieldset').length;
const pagerText = (root: HTMLElement) => root.querySelector('nav')?.textContent ?? '';

describe('ConflictChoices', () => {
  test('draws 20 groups at a time with a pager, and says how to avoid choosing thousands', () => {
    const root = show(pairs(45));
    expect(shownGroups(root)).toBe(20);
    expect(pagerText(root)).toContain('第 1 / 3 页（共 45 组）');
    expect(root.textContent).toContain('同一份名单被复制了两次');
    act(() => root.querySelectorAll<HTMLButtonElement>('nav button')[1]!.click());
    expect(pagerText(root)).toContain('第 2 / 3 页');
    expect(root.querySelector(`#${conflictFieldId('41,42')}`)).not.toBeNull();
  });

  test('a few groups: one page, no pager, no hint', () => {
    const root = show(pairs(3));
    expect(shownGroups(root)).toBe(3);
    expect(root.querySelector('nav')).toBeNull();
    expect(root.textContent).not.toContain('同一份名单被复制了两次');
  });

  test('opens on the page of the first undecided group', () => {
    const groups = pairs(45);
    const decisions = Object.fromEntries(groups.slice(0, 25).map((group) => [group.key, group.rows[0]!.id]));
    expect(pagerText(show(groups, decisions))).toContain('第 2 / 3 页');
  });

  test('shows the page of the group an error names', () => {
    const groups = pairs(45);
    const root = show(groups, {}, [{ field: conflictFieldId(groups[44]!.key), message: '请选择' }]);
    expect(pagerText(root)).toContain('第 3 / 3 页');
  });

  test('a summary link to a group on another page turns to that page and focuses the group', async () => {
    const groups = pairs(45);
    const root = show(groups);
    // The kit's own error summary, apart from the list: it knows nothing of pages (`showField` asks the list).
    const summary = document.createElement('div');
    document.body.append(summary);
    act(() => render(<ErrorSummary errors={[{ field: conflictFieldId(groups[30]!.key), message: '请选择保留哪一行' }]} disableAutoFocus />, summary));
    act(() => summary.querySelector('a')!.click());
    await act(async () => {});
    expect(pagerText(root)).toContain('第 2 / 3 页');
    expect(document.activeElement?.id).toBe(conflictFieldId(groups[30]!.key));
    render(null, summary);
    summary.remove();
  });
});
