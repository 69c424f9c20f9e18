import type { searchMethods } from '../../shared/api/methods/search.ts';
import type { HandlerTable } from '../handler.ts';
import { search } from './search.ts';

export const searchHandlers = {
  'search.query': ({ text }, ctx) => search(ctx, text),
} satisfies HandlerTable<keyof typeof searchMethods>;
