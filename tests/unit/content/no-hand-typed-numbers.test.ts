import { describe, expect, test } from 'vitest';
import { extractProse, listGuideFiles } from './guide-files';

/**
 * Guides must not type a code, number or deadline by hand: every figure comes from
 * `src/domain/` through a component or an `{expression}`, so a guide can never
 * disagree with a wizard. This test removes everything that is not prose (imports,
 * expressions, JSX tags, link targets, list markers) and fails on any Arabic digit
 * left over. Chinese numerals (第三章, 两门) are words, not figures, and are allowed.
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
