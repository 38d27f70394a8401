import { describe, expect, test } from 'vitest';
import { findRawMarkup, readPageText } from '../../e2e/page-text';

describe('readPageText', () => {
  test('returns the body text without scripts and styles', () => {
    const html = '<html><head><title>T</title></head><body><p>要求 <code>.zip</code></p><script>const a = "{x}";</script><style>b{c:d}</style></body></html>';
    expect(readPageText(html).trim()).toBe('要求 .zip');
  });
});

describe('findRawMarkup', () => {
  test.each([
    { text: '压缩成一个 {photoPackage.archiveFormat} 格式的文件', expected: 1 },
    { text: '准考证号形如 {admissionTicket.example}', expected: 1 },
    { text: '用学生的**身份证号（证件号码）**命名', expected: 2 },
    { text: '压缩成一个 .zip 格式的文件', expected: 0 },
    { text: '考场签到表 {2 份}，满分 100 分', expected: 0 },
    { text: '计算 3 * 4', expected: 0 },
  ])('finds $expected leak(s) in "$text"', ({ text, expected }) => {
    expect(findRawMarkup(text)).toHaveLength(expected);
  });
});
