import { describe, expect, test } from 'vitest';
import { findBrokenLink, listInternalLinks } from './guide-links';
import { listGuideFiles } from './guide-files';

describe('listInternalLinks', () => {
  test('returns Markdown links and href attributes, not external ones', () => {
    const source = '见[职责](/exam-day/duties/#监考人员)，[外部](https://example.com/)，<a href="/wizards/staff/">向导</a>';
    expect(listInternalLinks(source)).toEqual(['/exam-day/duties/#监考人员', '/wizards/staff/']);
  });
});

describe('findBrokenLink', () => {
  test.each([
    { link: '/exam-day/duties/', expected: undefined },
    { link: '/exam-day/duties/#监考人员', expected: undefined },
    { link: '/exam-day/duties/#no-such-heading', expected: 'no heading #no-such-heading on /exam-day/duties/' },
    { link: '/exam-day/no-such-page/', expected: 'no guide at /exam-day/no-such-page/' },
    { link: '/wizards/staff/', expected: undefined },
    { link: '/wizards/nothing/', expected: 'no wizard nothing' },
  ])('returns $expected for $link', ({ link, expected }) => {
    expect(findBrokenLink(link)).toBe(expected);
  });
});

describe('guides', () => {
  test.each(listGuideFiles().map((guide) => ({ file: guide.file, source: guide.source })))(
    'link only to existing pages and headings: $file',
    ({ source }) => {
      const broken = listInternalLinks(source).flatMap((link) => findBrokenLink(link) ?? []);
      expect(broken).toEqual([]);
    },
  );
});
