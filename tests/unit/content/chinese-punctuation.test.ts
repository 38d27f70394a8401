import { describe, expect, test } from 'vitest';
import { findAsciiPunctuation } from './chinese-punctuation';
import { listTextPieces, scannedRoots } from './text-sources';
import { candidateImportTemplate } from '../../../src/domain/candidates/facts';

/**
 * Text copied character for character from a template the manual prints (本校学生导入模板,
 * 手册 第三章 三 1): the generated file repeats the platform's own words, ASCII marks included.
 */
const copiedFromTemplates = new Set<string>([
  candidateImportTemplate.notesHeading,
  ...candidateImportTemplate.notes,
  ...candidateImportTemplate.columns.flatMap((column) => column.example ?? []),
]);

/**
 * Chinese sentences in guides and UI text use full-width punctuation. The folders
 * scanned are `scannedRoots` (content/ and src/); set TEXT_CHECK_ROOTS=wizards to
 * scan the wizards' UI strings the same way.
 */

describe('findAsciiPunctuation', () => {
  test.each([
    { text: '请检查,然后导入', expected: 1 },
    { text: '请检查，然后导入', expected: 0 },
    { text: '注意说明:', expected: 1 },
    { text: '初级 380 元; 中级 360 元', expected: 1 },
    { text: '真的吗?', expected: 1 },
    { text: '准考证 (准考证号相同)', expected: 2 },
    { text: 'Excel (xlsx) 文件', expected: 0 },
    { text: '考试时间 14:00-15:00，配比 1:20', expected: 0 },
    { text: '见 https://vslc.ncb.edu.cn/ 网站', expected: 0 },
    { text: 'Unknown role: 监考员', expected: 0 },
    { text: '证件号码.jpg', expected: 0 },
    { text: '请上传照片.', expected: 1 },
    { text: '他说"可以"', expected: 2 },
  ])('finds $expected mark(s) in "$text"', ({ text, expected }) => {
    expect(findAsciiPunctuation(text)).toHaveLength(expected);
  });
});

describe(`text in ${scannedRoots.join(', ')}`, () => {
  const pieces = listTextPieces();
  const files = [...new Set(pieces.map((piece) => piece.file))];

  test('is found', () => {
    expect(pieces.length).toBeGreaterThan(100);
  });

  test.each(files)('uses full-width punctuation in Chinese sentences: %s', (file) => {
    const found = pieces.filter((piece) => piece.file === file && !copiedFromTemplates.has(piece.text)).flatMap((piece) => findAsciiPunctuation(piece.text).map((mark) => `line ${piece.line}: ${mark}`));
    expect(found).toEqual([]);
  });
});
