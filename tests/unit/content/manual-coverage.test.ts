import { describe, expect, test } from 'vitest';
import { listGuideFiles, listHeadingIds } from './guide-files';
import { manualToc } from './manual-toc';
import type { ManualSection } from './manual-sections/types';

// Each chapter's list lives in its own file under manual-sections/.
const sectionModules = import.meta.glob<{ sections: ManualSection[] }>('./manual-sections/*.ts', { eager: true });
const sections = Object.values(sectionModules).flatMap((module) => module.sections ?? []);

const guides = new Map(listGuideFiles().map((guide) => [guide.url, guide]));

describe('manual coverage', () => {
  test('lists every line of the manual’s table of contents', () => {
    const titles = new Set(sections.map((section) => section.title));
    expect(manualToc.filter((line) => !titles.has(line))).toEqual([]);
  });

  test.each(sections.map((s) => ({ ...s })))('covers $ref $title at $coveredBy', ({ coveredBy }) => {
    const [url, hash] = coveredBy.split('#');
    const guide = guides.get(url!);
    expect(guide, `no guide at ${url}`).toBeDefined();
    if (hash) expect(listHeadingIds(guide!.source)).toContain(decodeURIComponent(hash));
  });
});
