import { describe, expect, test } from 'vitest';
import { formatPolicy, mergePolicies, nginxHeaderConfig, parsePolicy, placeMetaFirst, readMetaPolicy, readSitePolicy } from '../../../src/security/built-policy';

const meta = `<meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'sha256-a=';">`;

describe('readMetaPolicy', () => {
  test.each([
    { html: `<head><meta charset="utf-8"/>${meta}</head>`, expected: "default-src 'self';object-src 'none'; script-src 'self' 'sha256-a=';" },
    { html: '<head><meta charset="utf-8"/></head>', expected: null },
  ])('returns $expected', ({ html, expected }) => {
    expect(readMetaPolicy(html)).toBe(expected);
  });
});

describe('placeMetaFirst', () => {
  test('moves the policy right after the character set, ahead of the scripts it must govern', () => {
    const html = `<html><head><meta charset="utf-8"/><title>t</title><script>theme()</script>${meta}<link rel="stylesheet" href="/a.css"></head></html>`;
    expect(placeMetaFirst(html)).toBe(
      `<html><head><meta charset="utf-8"/>${meta}<title>t</title><script>theme()</script><link rel="stylesheet" href="/a.css"></head></html>`,
    );
  });

  test('returns a page without a policy unchanged', () => {
    const html = '<html><head><meta charset="utf-8"/><script>theme()</script></head></html>';
    expect(placeMetaFirst(html)).toBe(html);
  });
});

describe('parsePolicy', () => {
  test('returns each directive with its sources, whatever the spacing', () => {
    expect(parsePolicy("default-src 'self';object-src 'none'; style-src 'self' ; style-src-attr 'unsafe-inline';")).toEqual(
      new Map([
        ['default-src', ["'self'"]],
        ['object-src', ["'none'"]],
        ['style-src', ["'self'"]],
        ['style-src-attr', ["'unsafe-inline'"]],
      ]),
    );
  });
});

describe('mergePolicies', () => {
  test('keeps every directive with each source any page allows, once, in first-seen order', () => {
    const merged = mergePolicies([
      parsePolicy("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b=';"),
      parsePolicy("default-src 'self'; script-src 'self' 'sha256-b=' 'sha256-c=';"),
    ]);
    expect(formatPolicy(merged)).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b=' 'sha256-c=';");
  });

  test('returns the same policy whatever order the pages come in (hashes sorted after the keywords)', () => {
    const pages = [parsePolicy("script-src 'self' 'sha256-c=' 'sha256-a=';"), parsePolicy("script-src 'wasm-unsafe-eval' 'sha256-b=';")];
    expect(formatPolicy(mergePolicies(pages))).toBe(formatPolicy(mergePolicies(pages.toReversed())).replace("'wasm-unsafe-eval' 'self'", "'self' 'wasm-unsafe-eval'"));
    expect(formatPolicy(mergePolicies(pages))).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b=' 'sha256-c=';");
  });
});

describe('readSitePolicy', () => {
  const page = (policy: string) => `<head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="${policy}"></head>`;

  test('returns the policies of all pages merged into one', () => {
    const pages = [
      { name: 'a/index.html', html: page("default-src 'self'; script-src 'self' 'sha256-b=';") },
      { name: 'b/index.html', html: page("default-src 'self'; script-src 'self' 'sha256-a=';") },
    ];
    expect(formatPolicy(readSitePolicy(pages))).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b=';");
  });

  test('throws naming a page that has no policy', () => {
    const pages = [
      { name: 'a/index.html', html: page("default-src 'self';") },
      { name: 'b/index.html', html: '<head><meta charset="utf-8"/></head>' },
    ];
    expect(() => readSitePolicy(pages)).toThrow('b/index.html: no content security policy <meta>');
  });
});

describe('nginxHeaderConfig', () => {
  test('returns an add_header line sent with every response, errors included', () => {
    expect(nginxHeaderConfig(parsePolicy("default-src 'self';"))).toContain(`add_header Content-Security-Policy "default-src 'self';" always;`);
  });
});
