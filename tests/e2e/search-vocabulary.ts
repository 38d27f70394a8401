/**
 * Words school staff type into search, each with the page that must come up in the
 * top three results. Each guide chapter keeps its own list under `vocabulary/`;
 * synonyms are listed as their own terms.
 */
import type { SearchExpectation } from './vocabulary/types';
import { terms as partATerms } from './vocabulary/part-a';
import { terms as partBTerms } from './vocabulary/part-b';
import { terms as siteTerms } from './vocabulary/site';

export type { SearchExpectation };

export const searchVocabulary: SearchExpectation[] = [...siteTerms, ...partATerms, ...partBTerms];
