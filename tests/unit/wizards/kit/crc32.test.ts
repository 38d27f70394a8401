import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { crc32, updateCrc32 } from '../../../../wizards/kit/crc32';

describe('crc32', () => {
  test.each(['', 'IEND', 'IHDR 95x95', '签名章'])('matches zlib for "%s"', (text) => {
    const bytes = new TextEncoder().encode(text);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });
});

describe('updateCrc32', () => {
  test('gives the whole CRC when fed in chunks', () => {
    const bytes = new TextEncoder().encode('xl/worksheets/sheet1.xml 学生名单 '.repeat(50));
    const chunked = [0, 7, 300, 301, bytes.length].reduce((crc, end, index, ends) => updateCrc32(crc, bytes.subarray(ends[index - 1] ?? 0, end)), 0);
    expect(chunked).toBe(zlibCrc32(bytes));
  });
});
