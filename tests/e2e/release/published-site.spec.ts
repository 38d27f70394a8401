/**
 * The release zip as a school publishes it (issue 16): what it holds, and that the
 * unpacked site works under its sub-path: every link of every page stays under the
 * base and leads somewhere, the sitemap and canonical links carry the public address,
 * and the service worker's scope is the base. Run by playwright.release.config.ts.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { nginxHeaderFileName } from '../../../src/security/built-policy';
import { builtFileFor, listBuiltPages } from '../built-pages';
import { expect, siteUrl, test, visit } from '../fixtures';
import { releaseZip, testedBase, testedSite } from './release-under-test';

const pages = listBuiltPages();

/** Every URL in an href, src or srcset attribute of a page, as written. */
function listPageUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [, name, value] of html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)) {
    if (name === 'srcset') urls.push(...value!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
    else urls.push(value!.replace(/&amp;/g, '&'));
  }
  return urls;
}

test.describe('the release zip', () => {
  test('holds the site and 部署说明.txt for its base, nothing else', async () => {
    const zip = await JSZip.loadAsync(readFileSync(releaseZip));
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
    expect(names.filter((name) => !name.startsWith('site/'))).toEqual(['部署说明.txt']);
    expect(names).toEqual(expect.arrayContaining(['site/index.html', 'site/404.html', 'site/sw.js', 'site/pagefind/pagefind.js']));
    const guide = await zip.file('部署说明.txt')!.async('string');
    // Notepad on an old Windows reads it: a byte-order mark and CRLF line ends.
    expect(guide.startsWith('\uFEFF')).toBe(true);
    expect(guide.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of [`location ${testedBase} {`, `ErrorDocument 404 ${testedBase}404.html`, `path="${testedBase}404.html"`, `${testedSite}${testedBase}`]) {
      expect(guide).toContain(line);
    }
    // The header it gives pages is the build's own site policy, the one in the build's nginx file.
    const nginxFile = await zip.file(`site/${nginxHeaderFileName}`)!.async('string');
    const builtPolicy = /^add_header Content-Security-Policy "([^"]+)" always;$/m.exec(nginxFile)![1]!;
    expect(guide).toContain(`Header always set Content-Security-Policy "${builtPolicy}"`);
  });
});

test.describe(`the site under ${testedBase}`, () => {
  test('writes every root-absolute URL of every page under the base', () => {
    const outside = pages.flatMap((page) =>
      listPageUrls(readFileSync(builtFileFor(page), 'utf8'))
        .filter((url) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith(testedBase))
        .map((url) => `${page}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  test('serves every page and file the pages link to', async ({ request }) => {
    const targets = new Set<string>();
    for (const page of pages) {
      for (const url of listPageUrls(readFileSync(builtFileFor(page), 'utf8'))) {
        const target = new URL(url, siteUrl(page));
        if (target.origin === new URL(siteUrl('/')).origin) targets.add(target.pathname + target.search);
      }
    }
    // Guides, wizards, the course's exercise links (sample school, a step) and its sample files among them.
    expect([...targets]).toEqual(
      expect.arrayContaining([`${testedBase}registration/rooms/`, `${testedBase}wizards/rooms/`, `${testedBase}wizards/candidates/?demo=1`, `${testedBase}training/demo/students.xlsx`]),
    );
    const broken: string[] = [];
    for (const target of targets) {
      const response = await request.get(target, { maxRedirects: 0 });
      if (response.status() !== 200) broken.push(`${target}: HTTP ${response.status()}`);
    }
    expect(broken).toEqual([]);
  });

  test('lists every page in the sitemap and links each to itself at the public address', async () => {
    const sitemap = readFileSync(builtFileFor('/sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url);
    const expected = pages.filter((page) => page.endsWith('/')).map((page) => `${testedSite}${testedBase}${page.slice(1)}`);
    expect(listed.sort()).toEqual(expected.sort());
    expect(readFileSync(builtFileFor('/registration/rooms/'), 'utf8')).toContain(`<link rel="canonical" href="${testedSite}${testedBase}registration/rooms/"/>`);
  });

  test.describe('offline support', () => {
    test.use({ serviceWorkers: 'allow' });

    test('registers the service worker with the base as its scope', async ({ page }) => {
      await visit(page, '/');
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(siteUrl('/'));
    });
  });
});
