// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { ExportReminder } from '../../../../wizards/kit/ExportReminder';
import type { UnexportedWork } from '../../../../wizards/kit/work-history';

function renderReminder(work: UnexportedWork) {
  const root = document.createElement('div');
  render(<ExportReminder work={work} />, root);
  return root.querySelector('p')!;
}

describe('ExportReminder', () => {
  test.each([
    { case: 'the last export', exportedAt: new Date(2026, 10, 3, 16, 30), ending: '上次导出：2026年11月3日。' },
    { case: 'that no file was ever exported', exportedAt: null, ending: '还没有导出过工作文件。' },
  ])('says how many days of changes wait and $case', ({ exportedAt, ending }) => {
    const line = renderReminder({ since: new Date(2026, 10, 10), days: 17, keys: ['workspace'], exportedAt });
    expect(line.textContent).toBe(`有 17 天的修改还没有导出。浏览器数据被清除时，这些工作会丢失：请用「导出工作文件」保存一份。${ending}`);
  });

  test('is a quiet status line, not an alert', () => {
    expect(renderReminder({ since: new Date(2026, 10, 10), days: 15, keys: ['workspace'], exportedAt: null }).getAttribute('role')).toBe('status');
  });
});
