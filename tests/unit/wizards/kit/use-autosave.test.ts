import { describe, expect, test } from 'vitest';
import { holdsSameDraft } from '../../../../wizards/kit/use-autosave';

describe('holdsSameDraft', () => {
  const rows = [{ name: '甲' }];
  test.each([
    { case: 'the same context', context: { rows }, previous: 'same', same: true },
    { case: 'a new workspace only', context: { rows, workspace: { version: 1 } }, previous: { rows, workspace: { version: 1 } }, same: true },
    { case: 'a part replaced', context: { rows: [...rows] }, previous: { rows }, same: false },
    { case: 'a part added', context: { rows, step: 1 }, previous: { rows }, same: false },
    { case: 'a part removed', context: { rows }, previous: { rows, step: 1 }, same: false },
  ])('returns $same for $case', ({ context, previous, same }) => {
    expect(holdsSameDraft(context, previous === 'same' ? context : previous)).toBe(same);
  });
});
