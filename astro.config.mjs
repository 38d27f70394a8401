// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { sidebar } from './src/navigation/sidebar.mjs';
import { offlineSupport } from './src/offline/integration.ts';
import { contentSecurityPolicy } from './src/security/content-security-policy.ts';
import { contentSecurityPolicyFiles } from './src/security/integration.ts';
import { pagefindRanking } from './src/search/ranking.mjs';
import { resolveSiteOptions } from './src/publishing/site-options.ts';
import { baseLinks } from './src/publishing/base-links.ts';
import { withoutSitemap } from './src/publishing/without-sitemap.ts';
import { compactHolidayTables } from './src/domain/calendar/holiday-tables.ts';

// Where the build will be published: SITE_BASE=/kaowu/ for a sub-path, SITE_URL=https://… for
// canonical links and a sitemap (src/publishing/site-options.ts). Every URL the site builds
// goes through src/paths.ts, so the same code works at the root and under any sub-path.
const { base, site } = resolveSiteOptions(process.env);

/**
 * `chinese-days`' data file as the calendar rules read it: the two tables, compact (holiday-tables.ts).
 * Before Vite's own JSON step, so the page's chunk holds the smaller JSON.
 * @returns {import('vite').Plugin}
 */
function holidayTablesOnly() {
  return {
    name: 'kaowu:holiday-tables',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0].endsWith('/chinese-days/dist/chinese-days.json')) return;
      return { code: JSON.stringify(compactHolidayTables(JSON.parse(code))), map: null };
    },
  };
}

export default defineConfig({
  // Served from a web server (at the root or under `base`), a static host, or a laptop on a
  // room's network (`npm run serve:lan`); nothing depends on an absolute origin. Pages opened
  // from `file://` cannot run the site's modules or service worker, so that is not a way to use it.
  base,
  site,
  trailingSlash: 'always',
  // SITE_OUT_DIR lets two checkouts build and test side by side without sharing dist/.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  // Astro's dev toolbar and telemetry would make requests the privacy tests forbid.
  devToolbar: { enabled: false },
  // Starlight turns on prefetching every link (1.1 KB gz of script on every page). The service worker already keeps
  // every page of the site once the first one has loaded (src/offline/), so prefetching would fetch nothing new.
  prefetch: false,
  // A strict content security policy on every page (src/security/), as a <meta> because the site is static.
  security: { csp: contentSecurityPolicy() },
  integrations: [
    starlight({
      title: '网店运营推广考务向导',
      description: '1+X 网店运营推广职业技能等级证书考务指南与填表向导：从试点申报到证书发放，一步一步做对。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/typography.css', './src/styles/tables.css', './src/styles/print.css'],
      lastUpdated: false,
      pagination: true,
      sidebar,
      pagefind: { ranking: pagefindRanking },
      // Guides live in ./content/docs behind a symlink; without this Starlight's Markdown
      // plugins (`:::note` asides, heading anchor links) skip them as outside the collection.
      markdown: { processedDirs: ['./content/docs'] },
      // Every page registers the service worker that makes the site work offline (src/offline/).
      // Search: questions as staff type them, synonyms both ways, sections that answer (src/search/).
      components: { Head: './src/offline/Head.astro', Search: './src/search/Search.astro' },
      // The home page's hero buttons link by route; this gives them the base (src/publishing/).
      routeMiddleware: './src/publishing/hero-links.ts',
    }),
    // Without a `site` there is no sitemap to build; this keeps Starlight from adding one that only warns.
    ...(site ? [] : [withoutSitemap()]),
    // Guides link to pages by route (`/registration/rooms/`); under a sub-path those links get the base.
    baseLinks(base),
    mdx(),
    preact(),
    // Before the offline integration: the service worker precaches the pages as this one leaves them.
    contentSecurityPolicyFiles(),
    // After Starlight: its build:done hook writes the search index, which the service worker precaches.
    offlineSupport(),
  ],
  vite: {
    plugins: [holidayTablesOnly()],
    // exceljs' browser bundle expects a global; keep its chunk out of the initial graph.
    build: { chunkSizeWarningLimit: 1500 },
  },
});
