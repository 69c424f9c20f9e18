import type { SearchResults } from '../../../shared/domain/search.ts';
import { call } from '../api/client.ts';

/** Fewer characters than this find too much to be of use, so nothing is asked. */
export const SEARCH_MIN_LENGTH = 2;

/** The top bar's search: what the person may see that matches the text (search/search.ts in the backend). */
export function searchFor(text: string): Promise<SearchResults> {
  return call('search.query', { text });
}
