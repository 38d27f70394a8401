import { describe, expect, test } from 'vitest';
import { faq } from '../../../src/domain/glossary/faq';
import { findFaqForPage, pageOf } from '../../../src/domain/glossary/rules';
import { FaqEntrySchema } from '../../../src/domain/glossary/schema';
import { listGuideFiles } from './guide-files';

/**
 * Every guide's 常见错误 comes from the common mistakes in src/domain/glossary
 * (<CommonMistakes />), never typed into the page, so the guide, the FAQ page and
 * the quick-reference cards say the same thing.
 */

const guides = listGuideFiles().filter((guide) => !guide.file.startsWith('training/cards/') && guide.file !== 'reference/faq.mdx');
const withMistakes = guides.filter((guide) => /^## 常见错误$/m.test(guide.source));
const entries = faq.map((entry) => FaqEntrySchema.parse(entry));
const mistakes = entries.filter((entry) => entry.kind === 'mistake');

describe('guides with 常见错误', () => {
  test('are found', () => {
    expect(withMistakes.length).toBeGreaterThan(15);
  });

  test.each(withMistakes.map((guide) => ({ file: guide.file, url: guide.url, source: guide.source })))('list them with <CommonMistakes />: $file', ({ url, source }) => {
    const section = source.split(/^## 常见错误$/m)[1]!.split(/^## /m)[0]!;
    expect(section.trim()).toMatch(/^<CommonMistakes \/>/);
    expect(section).not.toMatch(/^\s*- /m);
    expect(findFaqForPage(entries, url, 'mistake').length).toBeGreaterThan(0);
  });
});

describe('common mistakes', () => {
  const pagesWithSection = new Set(withMistakes.map((guide) => guide.url));

  test.each(mistakes.map((entry) => ({ key: entry.key, pages: [entry.guide, ...entry.alsoOn].map(pageOf) })))('appear on a guide’s 常见错误: $key', ({ pages }) => {
    expect(pages.filter((page) => !pagesWithSection.has(page))).toEqual([]);
  });
});
