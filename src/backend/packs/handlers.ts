import type { packMethods } from '../../shared/api/methods/packs.ts';
import { conflict } from '../errors.ts';
import type { HandlerTable } from '../handler.ts';

// Placeholder while evidence packs are built: each answers that it is not ready.
const notYet = () => {
  throw conflict('Evidence packs are not ready yet');
};

export const packHandlers = {
  'pack.worker': notYet,
  'pack.practice': notYet,
} satisfies HandlerTable<keyof typeof packMethods>;
