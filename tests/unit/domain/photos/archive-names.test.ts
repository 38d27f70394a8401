import { describe, expect, test } from 'vitest';
import { decodeZipFileName, isIgnoredPath } from '../../../../src/domain/photos/archive-names';

describe('decodeZipFileName', () => {
  test.each([
    { name: 'UTF-8', bytes: new TextEncoder().encode('照片/张三.jpg'), expected: '照片/张三.jpg' },
    // 张三.jpg in GBK, as Windows' built-in zip writes it on a Chinese system.
    { name: 'GBK', bytes: Uint8Array.from([0xd5, 0xc5, 0xc8, 0xfd, 0x2e, 0x6a, 0x70, 0x67]), expected: '张三.jpg' },
    { name: 'ASCII', bytes: new TextEncoder().encode('11010519491231002X.jpg'), expected: '11010519491231002X.jpg' },
  ])('decodes a $name name', ({ bytes, expected }) => {
    expect(decodeZipFileName(bytes)).toBe(expected);
  });
});

describe('isIgnoredPath', () => {
  test.each([
    { path: '__MACOSX/照片/._张三.jpg', expected: true },
    { path: '照片/._张三.jpg', expected: true },
    { path: '照片/Thumbs.db', expected: true },
    { path: 'desktop.ini', expected: true },
    { path: '照片/.DS_Store', expected: true },
    { path: '照片/张三.jpg', expected: false },
    { path: '11010519491231002X.jpg', expected: false },
  ])('returns $expected for $path', ({ path, expected }) => {
    expect(isIgnoredPath(path)).toBe(expected);
  });
});
