import type { SearchExpectation } from './types';

/** Terms for pages outside the guide chapters: home, overview, wizards. */
export const terms: SearchExpectation[] = [
  { term: '证书级别', page: '/start/overview/' },
];
