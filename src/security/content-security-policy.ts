/**
 * The site's content security policy, in one place: the `security.csp` setting Astro
 * builds every page's `<meta http-equiv="content-security-policy">` from, and the
 * directives the nginx header file repeats (`built-policy.ts`). The promise that
 * student data never leaves the browser becomes a rule the browser enforces: no
 * request, script, worker or form can reach another origin, and no string is run as code.
 * Runs in Node, at build time.
 */
import type { AstroUserConfig } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type CspHash = NonNullable<NonNullable<CspConfig['scriptDirective']>['hashes']>[number] & string;

/** Directives besides `script-src` and `style-src`, which Astro writes with each page's hashes. */
export const policyDirectives = [
  // Anything not named below: this origin only.
  "default-src 'self'",
  // fetch, the search index, the service worker's cache filling: this origin only, so no data can be sent away.
  "connect-src 'self'",
  // Photo previews are object URLs (blob:), the processed signature stamp is shown from a data: URL.
  "img-src 'self' data: blob:",
  // The photo and stamp workers, Pagefind's search worker and the service worker are files of the site:
  // no library here builds a worker from a blob: URL, so none is allowed.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  // Wizard forms are handled in the page; nothing is ever submitted, least of all elsewhere.
  "form-action 'self'",
] as const satisfies CspConfig['directives'];

/**
 * `script-src` besides each page's hashes. `'wasm-unsafe-eval'` lets Pagefind compile its search
 * engine (WebAssembly): in its worker, which the policy governs once it comes as an HTTP header
 * (without it the search fails with "Failed to load the Pagefind WASM", tests/e2e/csp.spec.ts), and
 * in the page, where Pagefind falls back when a browser cannot start the worker. It allows
 * WebAssembly only, never `eval` or `new Function` (no `'unsafe-eval'`; zod runs without them,
 * `src/domain/zod.ts`).
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Styles: `style-src-elem` takes the site's style sheets and the hashes of its `<style>` elements
 * (Astro adds those). Style attributes are allowed (`style-src-attr 'unsafe-inline'`): Starlight's
 * icons and table of contents write their sizes and depths as attributes (`define:vars`), as do
 * Expressive Code and Pagefind's UI; an attribute can style a page but never run a script.
 */
export const styleSources = [
  { resource: "'self'", kind: 'element' },
  { resource: "'unsafe-inline'", kind: 'attribute' },
] as const;

/**
 * Starlight components whose `<script is:inline>` Astro leaves unhashed (theme, search shortcut,
 * sidebar state, synced tabs): paths inside Starlight's `dist/`.
 */
const starlightInlineScriptSources = [
  'components/ThemeProvider.astro',
  'components/ThemeSelect.astro',
  'components/Search.astro',
  'components/SidebarPersister.astro',
  'user-components/Tabs.astro',
];

const inlineScript = /<script\s+is:inline\b[^>]*>([\s\S]*?)<\/script>/g;

/** Return the CSP hash of a script's text, as the browser computes it. */
export function hashScript(text: string): CspHash {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}` as CspHash;
}

/** Return the hashes of Starlight's inline scripts, read from the installed Starlight so an upgrade is followed. */
export function starlightInlineScriptHashes(): CspHash[] {
  const starlightDist = dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components'));
  return starlightInlineScriptSources.flatMap((file) =>
    [...readFileSync(join(starlightDist, file), 'utf8').matchAll(inlineScript)].map(([, text]) => hashScript(text!)),
  );
}

/** `security.csp` of astro.config.mjs. */
export function contentSecurityPolicy(): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: [...policyDirectives],
    scriptDirective: { resources: [...scriptSources], hashes: starlightInlineScriptHashes() },
    styleDirective: { resources: [...styleSources] },
  };
}
