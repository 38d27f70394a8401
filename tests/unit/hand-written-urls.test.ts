import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findHandWrittenUrls } from './hand-written-urls';

const root = join(import.meta.dirname, '..', '..');

/** Where the site's code lives. src/domain holds facts and routes only and renders nothing, so it names pages by route freely. */
const scanned = ['src', 'wizards'];
const notScanned = new Set(['src/paths.ts', 'src/domain', 'src/content']);

function listSourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (notScanned.has(path)) return [];
    if (statSync(join(root, path)).isDirectory()) return listSourceFiles(path);
    return /\.(ts|tsx|astro|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('findHandWrittenUrls', () => {
  test.each([
    { source: `<a href="/wizards/staff/">`, expected: [1] },
    { source: `<a href="/">首页</a>`, expected: [1] },
    { source: "href: `/wizards/${slug}/`,", expected: [1] },
    { source: `register('/sw.js')`, expected: [1] },
    { source: `const a = 1;\nfetch("/pagefind/pagefind.js")`, expected: [2] },
    { source: `cond ? '/wizards/a/' : '/wizards/b/'`, expected: [1] },
    { source: `<a href={withBase('/wizards/staff/')}>`, expected: [] },
    { source: `withBase(cond ? '/wizards/a/' : \`/wizards/\${b}/\`)`, expected: [] },
    { source: `guide: '/registration/rooms/',`, expected: [] },
    { source: `guides: ['/start/year/', '/start/overview/'],`, expected: [] },
    { source: `{ label: '填表向导', link: '/wizards/' }`, expected: [] },
    { source: `/** Opens \`/sw.js\`. */\n// see '/wizards/'`, expected: [] },
    { source: `<!-- <a href="/x/"> -->`, expected: [] },
    { source: `path.split('/'); url.endsWith('/'); 'https://example.com/x/'`, expected: [] },
    { source: `<a href="#top">`, expected: [] },
    { source: `<a href={entry.guide}>{entry.term}</a>`, expected: [1] },
    { source: `<li>\n  <a\n    class="x"\n    href={group.page}>`, expected: [4] },
    { source: `<a href={cond ? a : b}>`, expected: [1] },
    { source: `<GuideLink href={entry.guide} />`, expected: [] },
    { source: `<a href={withBase(entry.guide)}>`, expected: [] },
    { source: "<a href={`#${module.key}`}>", expected: [] },
    { source: `<a href={demoFiles[key].href} download={name}>`, expected: [] },
    { source: `<a class="wizard-button" href={href}>`, expected: [] },
    { source: `<a href={provider.href}>`, expected: [] },
    { source: `<a href={photoUrl}>`, expected: [] },
  ])('reports lines $expected in $source', ({ source, expected }) => {
    expect(findHandWrittenUrls(source).map((found) => found.line)).toEqual(expected);
  });
});

describe('the site code', () => {
  const files = scanned.flatMap(listSourceFiles);

  test('has source files to scan', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  test('builds every URL of the site with withBase from src/paths.ts', () => {
    const found = files.flatMap((file) =>
      findHandWrittenUrls(readFileSync(join(root, file), 'utf8')).map(({ line, text }) => `${relative(root, join(root, file))}:${line}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
