/**
 * Words school staff type into search, each with the page that must come up in the
 * top three results. Grows with the guides; synonyms are listed as their own terms.
 */
export interface SearchExpectation {
  /** What the user types. */
  term: string;
  /** URL path of the page that must be among the first three results. */
  page: string;
}

export const searchVocabulary: SearchExpectation[] = [
  { term: '证书级别', page: '/start/overview/' },
  { term: '填表向导', page: '/wizards/' },
];
