// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DateField } from '../../../../wizards/kit/DateField';

async function renderField(value: string, onInput = vi.fn()) {
  const root = document.createElement('div');
  await act(() => render(<DateField id="exam-date" label="考试日期" value={value} onInput={onInput} />, root));
  return { root, onInput, box: root.querySelector<HTMLInputElement>('#exam-date')! };
}

describe('DateField', () => {
  test.each([
    { typed: '2026/10/12', settled: '2026-10-12' },
    { typed: '2026年10月12日', settled: '2026-10-12' },
  ])('settles "$typed" as $settled when the box is left', async ({ typed, settled }) => {
    const { box, onInput } = await renderField(typed);
    await act(() => {
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onInput).toHaveBeenCalledWith(settled);
  });

  test('leaves a date already written 2026-10-12, and text that is no date, as typed', async () => {
    for (const typed of ['2026-10-12', '10月12日']) {
      const { box, onInput } = await renderField(typed);
      await act(() => {
        box.dispatchEvent(new Event('change', { bubbles: true }));
      });
      expect(onInput).not.toHaveBeenCalled();
    }
  });

  test('reads the date back beneath the box, tied to it for screen readers', async () => {
    const { root, box } = await renderField('2026/10/12');
    expect(root.querySelector('#exam-date-reading')?.textContent).toBe('2026年10月12日（周一）');
    expect(box.getAttribute('aria-describedby')).toBe('exam-date-reading');
  });

  test('offers the browser calendar, and takes the date picked there', async () => {
    HTMLInputElement.prototype.showPicker ??= () => undefined;
    const { root, onInput } = await renderField('');
    const picker = root.querySelector<HTMLInputElement>('input[type=date]')!;
    // Named 选择日期 only, so the field's own label still finds one box (getByLabel, assistive technology).
    expect(root.querySelector('button')?.textContent).toBe('选择日期');
    picker.value = '2026-10-12';
    await act(() => {
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onInput).toHaveBeenCalledWith('2026-10-12');
  });
});
