import { z } from 'zod';
import type { SearchResults } from '../../domain/search.ts';
import { staffText } from '../../schemas/staff-text.ts';
import { SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

const searchText = staffText(100, {
  required: 'Type something to search for',
  tooLong: 'Search for at most 100 characters',
});

export const searchMethods = {
  // People, requirements, records, sessions and claims, cut to what the caller may see (search/search.ts).
  'search.query': method<SearchResults>()(z.object({ text: searchText }).strict(), SIGNED_IN),
};
