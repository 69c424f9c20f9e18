import type { searchMethods } from '../../shared/api/methods/search.ts';
import type { HandlerTable } from '../handler.ts';

export const searchHandlers = {} satisfies HandlerTable<keyof typeof searchMethods>;
