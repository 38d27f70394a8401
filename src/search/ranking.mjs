// How Pagefind ranks results on this site. The search box (Starlight's `pagefind`
// option in astro.config.mjs) and the search-quality test (tests/e2e/search.ts) both
// read this, so the test measures exactly what staff get.
//
// A Chinese query is split into words and single characters (试点申报 → 试 + 点 + 申报),
// so long pages full of common characters (考, 试, 点) tend to win. Measured against the
// whole vocabulary (tests/e2e/vocabulary/), Pagefind's library defaults and Starlight's
// defaults (pageLength 0.1) both rank the wrong page first for more terms than this:
// a moderate page-length penalty and a little weight on how often a word occurs.
/** @type {{ pageLength: number, termFrequency: number, termSaturation: number, termSimilarity: number }} */
export const pagefindRanking = {
  pageLength: 0.5,
  termFrequency: 0.2,
  termSaturation: 2,
  termSimilarity: 9,
};
