import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, hashScript, starlightInlineScriptHashes } from '../../../src/security/content-security-policy';

describe('hashScript', () => {
  test('returns the hash a browser computes for an inline script', () => {
    // The example of the CSP specification: `alert('Hello, world.');`.
    expect(hashScript("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });
});

describe('starlightInlineScriptHashes', () => {
  test('returns a hash for each inline script of Starlight’s theme, search, sidebar and tabs', () => {
    const hashes = starlightInlineScriptHashes();
    expect(hashes.length).toBeGreaterThanOrEqual(6);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe('contentSecurityPolicy', () => {
  test('allows no code from strings and nothing from another origin', () => {
    const policy = contentSecurityPolicy();
    expect(policy.directives).toEqual(
      expect.arrayContaining(["default-src 'self'", "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'self'"]),
    );
    expect(JSON.stringify(policy)).not.toMatch(/'unsafe-eval'|\*|https?:/);
    expect(policy.scriptDirective?.resources).not.toContain("'unsafe-inline'");
  });
});
