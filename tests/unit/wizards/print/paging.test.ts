import { describe, expect, test } from 'vitest';
import { formatPageNumber, maskDocumentNumber, paginate } from '../../../../wizards/print/paging';

describe('paginate', () => {
  test.each([
    { items: [1, 2, 3, 4, 5], size: 2, expected: [[1, 2], [3, 4], [5]] },
    { items: [1, 2], size: 2, expected: [[1, 2]] },
    { items: [], size: 2, expected: [[]] },
  ])('returns $expected for $items in runs of $size', ({ items, size, expected }) => {
    expect(paginate(items, size)).toEqual(expected);
  });
});

describe('formatPageNumber', () => {
  test('counts from one', () => {
    expect(formatPageNumber(0, 3)).toBe('第 1 页，共 3 页');
  });
});

describe('maskDocumentNumber', () => {
  test.each([
    { value: '11010519491231002X', expected: '110105********002X' },
    { value: 'E12345678', expected: 'E12345678' },
    { value: 'H1234567890', expected: 'H12345*7890' },
  ])('returns $expected for $value', ({ value, expected }) => {
    expect(maskDocumentNumber(value)).toBe(expected);
  });
});
