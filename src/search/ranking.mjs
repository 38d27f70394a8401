// How Pagefind ranks results on this site. The search box (Starlight's `pagefind`
// option in astro.config.mjs) and the search-quality test (tests/e2e/search.ts) both
// read this, so the test measures exactly what staff get.
//
// These are Starlight's own defaults, written out: against the guides they rank the
// right page in the top three for more terms than Pagefind's library defaults, which
// favour long pages full of the single characters a Chinese query is split into
// (试点申报 → 试 + 点 + 申报).
/** @type {{ pageLength: number, termFrequency: number, termSaturation: number, termSimilarity: number }} */
export const pagefindRanking = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
};
