import { describe, expect, test } from 'vitest';
import { createActor, toPromise } from 'xstate';
import { getFailedSourceField, importScoresTask, reportScoreImport, type ScoreImport, type ScoreSource } from '../../../../../wizards/shared/scores/score-import';
import { typedRows } from '../../../../fixtures/certificates';

const found: ScoreImport = { source: '粘贴的内容', rows: typedRows.slice(0, 2), problems: [], changes: ['全角数字已按半角读取'] };

/** Run the import task on a source and return the error it fails with. */
async function failureOf(source: ScoreSource): Promise<unknown> {
  return toPromise(createActor(importScoresTask, { input: source }).start()).then(
    () => expect.unreachable('the import should fail'),
    (error: unknown) => error,
  );
}

describe('importScoresTask', () => {
  test.each([
    { name: 'an empty paste', source: { kind: 'paste', text: ' ' } as ScoreSource, field: 'score-paste', message: '粘贴框是空的' },
    { name: 'an empty file', source: { kind: 'file', file: new File([], '成绩.csv') } as ScoreSource, field: 'score-file', message: '“成绩.csv”是空文件' },
  ])('fails on $name with the error of the box it was given in', async ({ source, field, message }) => {
    const error = await failureOf(source);
    expect(getFailedSourceField(error)).toBe(field);
    expect(String(error)).toContain(message);
  });
});

describe('reportScoreImport', () => {
  test('clears a paste read without problems and reports how many rows joined', () => {
    expect(reportScoreImport('张三\t…', found)).toEqual({ pasted: '', lastImport: { source: '粘贴的内容', added: 2, problems: [], changes: ['全角数字已按半角读取'] } });
  });

  test('keeps a paste with problems in the box to be fixed', () => {
    const problems = [{ row: 3, message: '第 3 行「成绩」：105 分超出范围' }];
    expect(reportScoreImport('张三\t…', { ...found, problems })).toMatchObject({ pasted: '张三\t…', lastImport: { added: 2, problems } });
  });
});
