import { describe, expect, test } from 'vitest';
import { writeDeployGuide } from '../../../../scripts/release/deploy-guide';
import { getReleaseFileName } from '../../../../scripts/release/release-name';

const policy = "default-src 'self'; script-src 'self' 'sha256-a+b/c='";

describe('writeDeployGuide', () => {
  const underBase = writeDeployGuide({ version: '0.1.0', base: '/kaowu/', site: 'https://www.example.edu.cn', policy });
  const atRoot = writeDeployGuide({ version: '0.1.0', base: '/', site: undefined, policy });

  test.each([
    'location /kaowu/ {',
    '    location /kaowu/_astro/ {',
    '    error_page 404 /kaowu/404.html;',
    '    add_header Cache-Control "public, max-age=31536000, immutable" always;',
    '    location ~ \\.(pagefind|pf_fragment|pf_index|pf_meta|pf_filter)$ { types { } default_type application/octet-stream; }',
    'ErrorDocument 404 /kaowu/404.html',
    'AddType application/wasm .wasm',
    'AddType application/manifest+json .webmanifest',
    '    <If "%{REQUEST_URI} =~ m#^/kaowu/_astro/#">',
    '<remove fileExtension=".pf_fragment" /><mimeMap fileExtension=".pf_fragment" mimeType="application/octet-stream" />',
    '<error statusCode="404" path="/kaowu/404.html" responseMode="ExecuteURL" />',
    '<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />',
    '发布后的地址必须是：https://www.example.edu.cn/kaowu/',
    '站点地图：https://www.example.edu.cn/kaowu/sitemap-index.xml',
    '「网站已更新」',
  ])('writes "%s" for a release under /kaowu/', (line) => {
    expect(underBase).toContain(line);
  });

  test('writes the root build for the root of a domain, without a sitemap line', () => {
    expect(atRoot).toContain('location / {');
    expect(atRoot).toContain('本版本是为网站的根目录生成的，发布后的地址是：https://您的域名/');
    expect(atRoot).not.toContain('站点地图');
  });

  test.each([
    `    ~^text/html  "${policy}";`,
    '    add_header Content-Security-Policy $kaowu_csp always;',
    `    Header always set Content-Security-Policy "${policy}" "expr=%{CONTENT_TYPE} =~ m#^text/html#"`,
    `          <action type="Rewrite" value="${policy}" />`,
  ])('writes the pages\' policy as a header for pages: "%s"', (line) => {
    expect(underBase).toContain(line);
  });
});

describe('getReleaseFileName', () => {
  test.each([
    { version: '0.1.0', base: '/', expected: 'kaowu-xiangdao-0.1.0.zip' },
    { version: '0.1.0', base: '/kaowu/', expected: 'kaowu-xiangdao-0.1.0-kaowu.zip' },
    { version: '1.2.0', base: '/tools/kaowu/', expected: 'kaowu-xiangdao-1.2.0-tools-kaowu.zip' },
  ])('returns $expected for $version under $base', ({ version, base, expected }) => {
    expect(getReleaseFileName(version, base)).toBe(expected);
  });
});
