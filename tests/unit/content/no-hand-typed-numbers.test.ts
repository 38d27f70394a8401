import { describe, expect, test } from 'vitest';
import { extractProse, listGuideFiles } from './guide-files';
import { findHandTypedGuideLabels, findHandTypedPaths } from './hand-typed-labels';
import { listTextPieces, scannedRoots } from './text-sources';

/**
 * Guides must not type a code, number or deadline by hand: every figure comes from
 * `src/domain/` through a component or an `{expression}`, so a guide can never
 * disagree with a wizard. This test removes everything that is not prose (imports,
 * expressions, JSX tags, link targets, list markers) and fails on any Arabic digit
 * left over. Chinese numerals (第三章, 两门) are words, not figures, and are allowed.
 *
 * The same holds for the platform's menu paths and button names: they come from
 * src/domain/platform/facts.ts. A 「…-…」 path typed by hand fails in any guide or UI
 * string under `scannedRoots` (content/ and src/; TEXT_CHECK_ROOTS=wizards scans the
 * wizards), and a guide must not type a menu or button name of the facts in 「」.
 */

const guides = listGuideFiles();

describe('extractProse', () => {
  test.each([
    { source: '报名费 380 元', expected: true },
    { source: '报名费 {defaultFeeYuan.初级} 元', expected: false },
    { source: '1. 第一步\n2. 第二步', expected: false },
    { source: '<LifecycleDiagram lifecycle="examRoom" />', expected: false },
    { source: '参加 1+X 证书考试', expected: false },
    { source: '[链接](/start/overview/#2-x)', expected: false },
    { source: '初级编号 1530003007010027', expected: true },
  ])('flags digits in "$source": $expected', ({ source, expected }) => {
    expect(/\d/.test(extractProse(source))).toBe(expected);
  });
});

describe('guides', () => {
  test.each(guides.map((guide) => ({ file: guide.file, source: guide.source })))(
    'type no figures by hand: $file',
    ({ source }) => {
      const lines = extractProse(source)
        .split('\n')
        .filter((line) => /\d/.test(line))
        .map((line) => line.trim());
      expect(lines).toEqual([]);
    },
  );
});

describe('findHandTypedPaths', () => {
  test.each([
    { text: '在「考务管理-考生管理」导入', expected: ['「考务管理-考生管理」'] },
    { text: '在「机构管理—试点院校管理」上传', expected: ['「机构管理—试点院校管理」'] },
    { text: '点「认证」', expected: [] },
    { text: '在 iPhone「设置-相机-格式」中选「兼容性最佳」', expected: [] },
    { text: '考试时间 14:00-15:00', expected: [] },
  ])('returns $expected for "$text"', ({ text, expected }) => {
    expect(findHandTypedPaths(text)).toEqual(expected);
  });
});

describe('findHandTypedGuideLabels', () => {
  test.each([
    { prose: '点「批量认证」', expected: ['「批量认证」'] },
    { prose: '打开「」，点「」', expected: ['「{…}」 (use <MenuPath> or <ButtonLabel>)'] },
    { prose: '点「载入演示数据」', expected: [] },
  ])('returns $expected for "$prose"', ({ prose, expected }) => {
    expect(findHandTypedGuideLabels(prose)).toEqual(expected);
  });
});

describe(`menu paths in ${scannedRoots.join(', ')}`, () => {
  const pieces = listTextPieces();
  const files = [...new Set(pieces.map((piece) => piece.file))];

  test.each(files)('come from the platform facts: %s', (file) => {
    const found = pieces
      .filter((piece) => piece.file === file)
      .flatMap((piece) => (piece.kind === 'prose' && /\.mdx?$/.test(file) ? findHandTypedGuideLabels(piece.text) : findHandTypedPaths(piece.text)).map((label) => `line ${piece.line}: ${label}`));
    expect(found).toEqual([]);
  });
});
