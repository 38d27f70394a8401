/**
 * A question as staff type it into the search box, and the page whose answer
 * must be among the first three results. Questions ask for facts (numbers,
 * rules, places) that stay on the page whatever its wording.
 */
export interface SearchQuestion {
  /** What the user types, punctuation and all. */
  question: string;
  /** URL path of the page that answers it (without the site's base). */
  page: string;
}
