/** A word staff type into search and the page that must come up in the top three. */
export interface SearchExpectation {
  /** What the user types. */
  term: string;
  /** URL path of the page that must be among the first three results. */
  page: string;
}
