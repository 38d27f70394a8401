/**
 * Starlight adds `@astrojs/sitemap` to every build, and without a `site` that
 * integration can only warn that it is skipped. A build for an address nobody has
 * given yet (a laptop, a release zip for any host) has nothing to map, so
 * astro.config.mjs lists this empty integration under the sitemap's name, which
 * Starlight takes as "a sitemap is configured" and leaves out its own. With
 * SITE_URL set this is not listed, and Starlight's sitemap is built.
 */
import type { AstroIntegration } from 'astro';

/** Return the stand-in that keeps Starlight from adding a sitemap integration. */
export function withoutSitemap(): AstroIntegration {
  return { name: '@astrojs/sitemap', hooks: {} };
}
