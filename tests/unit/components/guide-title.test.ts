import { describe, expect, test } from 'vitest';
import { findGuideTitle } from '../../../src/components/guide-title';

const pages = [
  { id: 'index', title: '首页' },
  { id: 'exam-day/duties', title: '考务人员职责' },
];

describe('findGuideTitle', () => {
  test.each([
    { link: '/exam-day/duties/', expected: '考务人员职责' },
    { link: '/exam-day/duties/#监考人员', expected: '考务人员职责' },
    { link: '/', expected: '首页' },
    { link: '/exam-day/nothing/', expected: undefined },
  ])('returns $expected for $link', ({ link, expected }) => {
    expect(findGuideTitle(pages, link)).toBe(expected);
  });
});
