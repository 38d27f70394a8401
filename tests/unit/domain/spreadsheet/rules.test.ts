import { describe, expect, test } from 'vitest';
import {
  cleanCellText,
  estimateColumnWidth,
  fitValidationText,
  hasLostDigits,
  isFormulaLike,
  numberToDigits,
  protectCsvValue,
  toHalfWidth,
  toInlineListFormula,
  toSheetName,
  toFileNamePart,
  toSafeFileName,
  toWritableText,
} from '../../../../src/domain/spreadsheet/rules';
import { decodeTextFile, detectDelimiter, parseDelimited } from '../../../../src/domain/spreadsheet/delimited';
import { cellMaxChars, columnWidth, dataValidationLimits, truncationMark } from '../../../../src/domain/spreadsheet/facts';

describe('cleanCellText', () => {
  test.each([
    { input: ' 张三 ', text: '张三', kinds: ['outerSpace'] },
    { input: '张\u200B三', text: '张三', kinds: ['invisible'] },
    { input: '\uFEFF张三', text: '张三', kinds: ['invisible'] },
    { input: '张三\u0007', text: '张三', kinds: ['controlCharacter'] },
    { input: '张三\uFFFF', text: '张三', kinds: ['controlCharacter'] },
    { input: '张三\uD800', text: '张三', kinds: ['controlCharacter'] },
    { input: '\u3000张三\u3000', text: '张三', kinds: ['outerSpace'] },
    { input: '张三', text: '张三', kinds: [] },
  ])('returns "$text" for $input', ({ input, text, kinds }) => {
    expect(cleanCellText(input)).toEqual({ text, kinds });
  });

  test('keeps a character outside the basic plane', () => {
    expect(cleanCellText('李𪚥').text).toBe('李𪚥');
  });
});

describe('toHalfWidth', () => {
  test.each([
    { input: '４４０１０６', expected: '440106' },
    { input: 'ｘ', expected: 'x' },
    { input: '１３８　００１３', expected: '138 0013' },
  ])('returns $expected for $input', ({ input, expected }) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});

describe('isFormulaLike', () => {
  test.each([
    { value: '=1+1', expected: true },
    { value: '+86', expected: true },
    { value: '-1', expected: true },
    { value: '@SUM(A1)', expected: true },
    { value: '\t1', expected: true },
    { value: '张三', expected: false },
  ])('returns $expected for $value', ({ value, expected }) => {
    expect(isFormulaLike(value)).toBe(expected);
  });
});

describe('protectCsvValue', () => {
  test('prefixes a formula-like value with an apostrophe', () => {
    expect(protectCsvValue('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
  });
});

describe('hasLostDigits and numberToDigits', () => {
  test.each([
    { value: 110105194912310000, lost: true, digits: '110105194912310000' },
    { value: 13800138000, lost: false, digits: '13800138000' },
    { value: 2023, lost: false, digits: '2023' },
  ])('reads $value', ({ value, lost, digits }) => {
    expect(hasLostDigits(value)).toBe(lost);
    expect(numberToDigits(value)).toBe(digits);
  });
});

describe('estimateColumnWidth', () => {
  test.each([
    { values: ['张三'], expected: columnWidth.min },
    { values: ['11010519491231002X'], expected: Math.ceil(18 * columnWidth.perNarrowChar + columnWidth.padding) },
    { values: ['电子商务与跨境电子商务专业方向'], expected: Math.ceil(15 * columnWidth.perWideChar + columnWidth.padding) },
    { values: ['长'.repeat(100)], expected: columnWidth.max },
  ])('returns $expected for $values', ({ values, expected }) => {
    expect(estimateColumnWidth(values)).toBe(expected);
  });
});

describe('toSheetName', () => {
  test.each([
    { name: '本校学生导入模板', expected: '本校学生导入模板' },
    { name: 'a/b:c?', expected: 'a_b_c_' },
    { name: 'x'.repeat(40), expected: 'x'.repeat(31) },
  ])('returns $expected for $name', ({ name, expected }) => {
    expect(toSheetName(name)).toBe(expected);
  });
});

describe('toInlineListFormula', () => {
  test('quotes a short list', () => {
    expect(toInlineListFormula(['男', '女'])).toBe('"男,女"');
  });

  test('throws for a list over the inline limit', () => {
    expect(() => toInlineListFormula(['x'.repeat(dataValidationLimits.inlineListMaxChars)])).toThrow();
  });
});

describe('fitValidationText', () => {
  test('cuts a title to the limit', () => {
    expect([...fitValidationText('长'.repeat(40), 'title')]).toHaveLength(dataValidationLimits.titleMaxChars);
  });
});

describe('parseDelimited', () => {
  test.each([
    { text: '姓名\t证件号码\n张三\t110\n', rows: [['姓名', '证件号码'], ['张三', '110']] },
    { text: 'a,b\r\n"x, y","say ""hi"""\r\n', rows: [['a', 'b'], ['x, y', 'say "hi"']] },
    { text: '\uFEFFa,b\n"line\nbreak",c', rows: [['a', 'b'], ['line\nbreak', 'c']] },
    { text: 'a,b\n\n\n', rows: [['a', 'b']] },
  ])('parses $text', ({ text, rows }) => {
    expect(parseDelimited(text)).toEqual(rows);
  });
});

describe('detectDelimiter', () => {
  test.each([
    { text: 'a\tb\tc', expected: '\t' },
    { text: 'a,b,c', expected: ',' },
    { text: 'a；b', expected: '\t' },
  ])('returns the delimiter of $text', ({ text, expected }) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('decodeTextFile', () => {
  test.each([
    { bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0xbc, 0xa0]), text: '张', encoding: 'utf-8' },
    { bytes: new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd]), text: '张三', encoding: 'gb18030' },
    { bytes: new Uint8Array([0xff, 0xfe, 0x20, 0x5f]), text: '张', encoding: 'utf-16' },
  ])('reads $encoding', ({ bytes, text, encoding }) => {
    expect(decodeTextFile(bytes)).toEqual({ text, encoding });
  });
});

describe('toSafeFileName', () => {
  test.each([
    { name: '考场批量导入-2026/6 考试.xlsx', expected: '考场批量导入-2026-6 考试.xlsx' },
    { name: '按证书导入报考-"第一次":考试.xlsx', expected: '按证书导入报考--第一次--考试.xlsx' },
    { name: '考务时间表-考试.ics', expected: '考务时间表-考试.ics' },
  ])('turns the characters Windows refuses in “$name” into “-”', ({ name, expected }) => {
    expect(toSafeFileName(name)).toBe(expected);
  });
});

describe('toFileNamePart', () => {
  test.each([
    { text: ' 某某 职业学院 ', expected: '某某职业学院' },
    { text: '某某学院<分院>', expected: '某某学院分院' },
    { text: '学'.repeat(50), expected: '学'.repeat(40) },
  ])('returns “$expected” for “$text”', ({ text, expected }) => {
    expect(toFileNamePart(text)).toBe(expected);
  });
});

describe('toWritableText', () => {
  test.each([
    { case: 'keeps clean text as it is', value: '张三 Zhang San\t\n', expected: { text: '张三 Zhang San\t\n', removed: [], cutFrom: null } },
    { case: 'removes U+FFFF and U+FFFE', value: 'a\uFFFFb\uFFFE', expected: { text: 'ab', removed: ['U+FFFF', 'U+FFFE'], cutFrom: null } },
    { case: 'removes control characters but tab and line breaks', value: 'a\u0001b\u001F', expected: { text: 'ab', removed: ['U+0001', 'U+001F'], cutFrom: null } },
    { case: 'removes an unpaired surrogate, keeps a pair', value: '\uD800x𠀀', expected: { text: 'x𠀀', removed: ['U+D800'], cutFrom: null } },
  ])('$case', ({ value, expected }) => {
    expect(toWritableText(value)).toEqual(expected);
  });

  test('cuts text over the cell limit to exactly the limit, marked', () => {
    const { text, cutFrom } = toWritableText('x'.repeat(cellMaxChars + 1));
    expect(cutFrom).toBe(cellMaxChars + 1);
    expect(text).toHaveLength(cellMaxChars);
    expect(text.endsWith(truncationMark)).toBe(true);
  });

  test('never cuts a character outside the BMP in half', () => {
    const { text } = toWritableText('𠀀'.repeat(cellMaxChars));
    expect(text.length).toBeLessThanOrEqual(cellMaxChars);
    expect(text.slice(0, -truncationMark.length)).toMatch(/^(𠀀)+$/u);
  });
});
