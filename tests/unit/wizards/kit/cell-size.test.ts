/**
 * Boxes of an editable table sized to their column (cell-size.ts): no value cut in
 * view, a Chinese character counted as two Latin ones, never narrower than the header.
 */
import { describe, expect, test } from 'vitest';
import { fitColumnSize, fitColumnUnderHeader } from '../../../../wizards/kit/cell-size';

describe('fitColumnSize', () => {
  test.each([
    { values: [], minimum: 6, size: 6 },
    { values: ['ab'], minimum: 6, size: 6 },
    { values: ['13800138000'], minimum: 6, size: 13 },
    { values: ['张三', '欧阳娜娜'], minimum: 4, size: 10 },
    { values: ['ＡＢ'], minimum: 1, size: 6 },
    { values: ['a1张'], minimum: 1, size: 6 },
  ])('sizes $values with minimum $minimum to $size', ({ values, minimum, size }) => {
    expect(fitColumnSize(values, minimum)).toBe(size);
  });
});

describe('fitColumnUnderHeader', () => {
  test.each([
    { header: '行', values: [], size: 6 },
    { header: '证件号码', values: [], size: 8 },
    { header: '证件号码', values: ['11010519491231002X'], size: 20 },
    { header: '机位数', values: ['40'], size: 6 },
  ])('sizes boxes under $header holding $values to $size', ({ header, values, size }) => {
    expect(fitColumnUnderHeader(header, values)).toBe(size);
  });
});
