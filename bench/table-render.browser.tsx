/**
 * Runs in headless Chromium for `table-render.bench.ts`: the candidate wizard's
 * review screen (problem list, changes, the editable table) rendered from a
 * checked list, the way the machine hands it over when the check ends. Measures
 * from the check's end (the new context) to the table on screen (after the
 * browser has laid out and painted the frame).
 */
import { render } from 'preact';
import { checkCandidates } from '../src/domain/candidates/check-table';
import type { CandidateRow } from '../src/domain/candidates/schema';
import { createEmptyWorkspace } from '../src/domain/workspace/rules';
import { loadPinyinEngine } from '../src/domain/pinyin/load';
import { createInitialContext } from '../wizards/candidates/context';
import { ReviewScreen } from '../wizards/candidates/ReviewScreen';
import type { CandidatesScreenProps } from '../wizards/candidates/screen-props';

/** Wait until the browser has painted what was rendered: the frame after the next one has started. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Check `rows`, then time the review screen from the check's result to the table on screen. */
async function measureTableRender(rows: CandidateRow[]): Promise<{ renderMs: number; preactMs: number; tableRows: number; issues: number }> {
  const pinyin = await loadPinyinEngine();
  const checked = checkCandidates(rows, { pinyin, umlautStyle: 'lyu', today: new Date() });
  const root = document.getElementById('root')!;
  render(null, root);
  await painted();
  const start = performance.now();
  // The machine's onDone: rows, changes and issues from the check (context objects are new, so no memo helps).
  const context = { ...createInitialContext(createEmptyWorkspace()), schoolName: '某某职业学院', rows: checked.rows, changes: checked.changes, check: { issues: checked.issues, isStale: false } };
  const props = { context, send: () => undefined, isBusy: false, snapshot: { context } } as unknown as CandidatesScreenProps;
  render(<ReviewScreen {...props} />, root);
  const rendered = performance.now();
  await painted();
  const renderMs = performance.now() - start;
  return { renderMs, preactMs: rendered - start, tableRows: root.querySelectorAll('tbody tr').length, issues: checked.issues.length };
}

Object.assign(globalThis, { measureTableRender });
