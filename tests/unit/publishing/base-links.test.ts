import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { createBaseLinksPlugin, prefixRootUrl } from '../../../src/publishing/base-links';

describe('prefixRootUrl', () => {
  test.each([
    { value: '/registration/rooms/', base: '/kaowu/', expected: '/kaowu/registration/rooms/' },
    { value: '/exam-day/duties/#监考人员', base: '/kaowu/', expected: '/kaowu/exam-day/duties/#监考人员' },
    { value: '/', base: '/kaowu/', expected: '/kaowu/' },
    { value: '/registration/rooms/', base: '/', expected: '/registration/rooms/' },
    { value: '//cdn.example.com/x.js', base: '/kaowu/', expected: '//cdn.example.com/x.js' },
    { value: 'https://www.osta.org.cn/', base: '/kaowu/', expected: 'https://www.osta.org.cn/' },
    { value: '#监考人员', base: '/kaowu/', expected: '#监考人员' },
    { value: 'rooms/', base: '/kaowu/', expected: 'rooms/' },
  ])('returns $expected for $value under $base', ({ value, base, expected }) => {
    expect(prefixRootUrl(value, base)).toBe(expected);
  });
});

describe('createBaseLinksPlugin', () => {
  const plugin = createBaseLinksPlugin('/kaowu/');

  test('adds the base to Markdown links and images, and leaves other links alone', () => {
    const markdown = '见[考场设置](/registration/rooms/)、[职责](/exam-day/duties/#监考人员)、[平台](https://www.osta.org.cn/)和[本页](#步骤)。\n\n![图](/images/a.png)';
    const { html } = markdownToHtml(markdown, { hastPlugins: [plugin] }) as { html: string };
    expect(html).toContain('href="/kaowu/registration/rooms/"');
    // Markdown links come out URL-encoded, as browsers send them.
    expect(html).toContain(`href="/kaowu/exam-day/duties/#${encodeURIComponent('监考人员')}"`);
    expect(html).toContain('href="https://www.osta.org.cn/"');
    expect(html).toContain(`href="#${encodeURIComponent('步骤')}"`);
    expect(html).toContain('src="/kaowu/images/a.png"');
  });

  test('adds the base to HTML links written in MDX, not to components or expressions', () => {
    const mdx = '<a href="/wizards/">向导</a>\n\n<GuideLink href="/registration/rooms/" />\n\n<a href={url}>平台</a>';
    const { code } = mdxToJs(mdx, { hastPlugins: [plugin] }) as { code: string };
    expect(code).toContain('"/kaowu/wizards/"');
    expect(code).toContain('"/registration/rooms/"');
    expect(code).not.toContain('/kaowu/registration/rooms/');
  });
});
