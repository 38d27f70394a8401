import { describe, expect, test } from 'vitest';
import { parseScore } from '../../../../src/domain/scores/parse-score';

describe('parseScore', () => {
  test.each([
    { raw: '60', value: 60 },
    { raw: ' 59 ', value: 59 },
    { raw: '0', value: 0 },
    { raw: '100', value: 100 },
    { raw: '87.5', value: 87.5 },
    { raw: '', value: null },
    { raw: '缺考', value: null },
    { raw: '-', value: null },
  ])('reads "$raw" as $value', ({ raw, value }) => {
    expect(parseScore(raw)).toEqual({ ok: true, value, changes: [] });
  });

  test('reads full-width digits and reports the change', () => {
    expect(parseScore('８５')).toEqual({ ok: true, value: 85, changes: ['全角数字“８５”已按“85”读取'] });
  });

  test.each([
    { raw: '105', message: '105 分超出范围：成绩在 0 到 100 分之间，请核对后重新填写' },
    { raw: '100.5', message: '100.5 分超出范围：成绩在 0 到 100 分之间，请核对后重新填写' },
    { raw: '-5', message: '“-5”不是分数：请填写 0 到 100 之间的数字，缺考或没有成绩请留空' },
    { raw: '六十', message: '“六十”不是分数：请填写 0 到 100 之间的数字，缺考或没有成绩请留空' },
  ])('rejects "$raw" with a Chinese message', ({ raw, message }) => {
    expect(parseScore(raw)).toEqual({ ok: false, message });
  });
});
