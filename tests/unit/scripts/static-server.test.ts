import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { longCache, noCache } from '../../../src/publishing/deploy-rules';
import { startStaticSite } from '../../../scripts/static-server';

/** A tiny built site: a home page, a guide, a hashed asset and the 404 page. */
function makeSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'static-site-'));
  mkdirSync(join(root, 'guide'));
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, 'index.html'), '<h1>首页</h1>');
  writeFileSync(join(root, 'guide', 'index.html'), '<h1>指南</h1>');
  writeFileSync(join(root, '_astro', 'page.ab12.js'), 'export {}');
  writeFileSync(join(root, '404.html'), '<h1>找不到</h1>');
  writeFileSync(join(tmpdir(), 'outside-the-site.txt'), 'secret');
  return root;
}

describe('startStaticSite', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = await startStaticSite({ root: makeSite(), base: '/kaowu/', host: '127.0.0.1', port: 0, htmlHeaders: { 'Content-Security-Policy': "default-src 'self'" } });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { redirect: 'manual', headers });

  test.each([
    { path: '/kaowu/', status: 200, body: '<h1>首页</h1>' },
    { path: '/kaowu/guide/', status: 200, body: '<h1>指南</h1>' },
    { path: '/kaowu/guide/index.html', status: 200, body: '<h1>指南</h1>' },
    { path: '/kaowu/no-such-page/', status: 404, body: '<h1>找不到</h1>' },
    { path: '/guide/', status: 404, body: '<h1>找不到</h1>' },
  ])('answers $path with $status', async ({ path, status, body }) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(body);
  });

  // Sent as written: fetch would resolve the dots before asking.
  test.each(['/kaowu/../outside-the-site.txt', '/kaowu/%2e%2e/outside-the-site.txt', '/kaowu/..%2Foutside-the-site.txt'])(
    'answers %s, outside the site folder, with 404',
    async (path) => {
      const status = await new Promise<number>((done, fail) => {
        const { port } = server.address() as AddressInfo;
        request({ host: '127.0.0.1', port, path }, (response) => (response.resume(), done(response.statusCode!))).on('error', fail).end();
      });
      expect(status).toBe(404);
    },
  );

  test.each([
    { path: '/', location: '/kaowu/' },
    { path: '/kaowu', location: '/kaowu/' },
    { path: '/kaowu/guide?x=1', location: '/kaowu/guide/?x=1' },
  ])('redirects $path to $location', async ({ path, location }) => {
    const response = await get(path);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(location);
  });

  test('sends pages with no-cache, their type and the extra page headers', async () => {
    const response = await get('/kaowu/guide/');
    expect(response.headers.get('cache-control')).toBe(noCache);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  test('sends hashed files with a long cache and without the page headers', async () => {
    const response = await get('/kaowu/_astro/page.ab12.js');
    expect(response.headers.get('cache-control')).toBe(longCache);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  test('answers a repeated request with 304 when the file has not changed', async () => {
    const etag = (await get('/kaowu/')).headers.get('etag')!;
    expect((await get('/kaowu/', { 'If-None-Match': etag })).status).toBe(304);
  });

  test('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(`${origin}/kaowu/`, { method: 'POST' })).status).toBe(405);
  });
});
