import { describe, expect, test } from 'vitest';
import { describeExportStatus } from '../../../../wizards/workbench/export-status';

const formatTime = (date: Date) => date.toISOString().slice(0, 10);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('describeExportStatus', () => {
  test.each([
    { name: 'nothing saved or exported', unexported: { since: null, days: 0, keys: [], exportedAt: null }, expected: '还没有导出过工作文件。这里还没有保存任何工作。' },
    {
      name: 'work never exported',
      unexported: { since: day('2026-05-01'), days: 3, keys: ['workspace'], exportedAt: null },
      expected: '还没有导出过工作文件。有 3 天的修改还没有导出（从 2026-05-01 起）。',
    },
    {
      name: 'everything exported',
      unexported: { since: null, days: 0, keys: [], exportedAt: day('2026-05-02') },
      expected: '上次导出工作文件：2026-05-02。之后没有新的修改。',
    },
    {
      name: 'changes of the last day after an export',
      unexported: { since: day('2026-05-03'), days: 0, keys: ['draft:rooms'], exportedAt: day('2026-05-02') },
      expected: '上次导出工作文件：2026-05-02。一天之内的修改还没有导出（从 2026-05-03 起）。',
    },
  ])('describes $name', ({ unexported, expected }) => {
    expect(describeExportStatus(unexported, formatTime)).toBe(expected);
  });
});
