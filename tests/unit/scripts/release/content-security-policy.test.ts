import { describe, expect, test } from 'vitest';
import { buildSitePolicy, findPagePolicy } from '../../../../scripts/release/content-security-policy';

describe('findPagePolicy', () => {
  test.each([
    { html: `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`, expected: "default-src 'self'; script-src 'self' 'sha256-abc='" },
    { html: `<meta content="default-src 'self'" http-equiv="Content-Security-Policy" />`, expected: "default-src 'self'" },
    { html: `<meta http-equiv='content-security-policy' content='script-src &#39;self&#39;'>`, expected: "script-src 'self'" },
    { html: '<meta charset="utf-8"><meta name="viewport" content="width=device-width">', expected: undefined },
  ])('returns $expected for $html', ({ html, expected }) => {
    expect(findPagePolicy(html)).toBe(expected);
  });
});

describe('buildSitePolicy', () => {
  test('returns undefined when no page has a policy', () => {
    expect(buildSitePolicy([{ page: 'index.html', policy: undefined }])).toBeUndefined();
  });

  test('returns the policy every page shares', () => {
    const policy = "default-src 'self'; script-src 'self' 'sha256-a'";
    expect(buildSitePolicy([{ page: 'a.html', policy }, { page: 'b.html', policy }])).toBe(policy);
  });

  test('allows per directive what any page allows', () => {
    expect(
      buildSitePolicy([
        { page: 'a.html', policy: "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'" },
        { page: 'b.html', policy: "default-src 'self'; style-src 'self' 'sha256-s'; script-src 'self' 'sha256-b'" },
      ]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'");
  });

  test.each([
    {
      pages: [{ page: 'a.html', policy: "default-src 'self'" }, { page: 'b.html', policy: undefined }],
      message: '这些页面没有内容安全策略（CSP），其他页面有：b.html',
    },
    {
      pages: [{ page: 'a.html', policy: "default-src 'self'" }, { page: 'b.html', policy: "default-src 'self'; script-src 'self'" }],
      message: '页面 b.html 的内容安全策略指令（default-src script-src）与 a.html（default-src）不同',
    },
  ])('throws when pages cannot share one header: $message', ({ pages, message }) => {
    expect(() => buildSitePolicy(pages)).toThrow(message);
  });
});
