import type { importMethods } from '../../shared/api/methods/imports.ts';
import type { HandlerTable } from '../handler.ts';
import * as service from './service.ts';

export const importHandlers = {
  'import.dryRun': (input, ctx) => service.dryRun(ctx, input),
  'import.commit': (input, ctx) => service.commit(ctx, input),
  'import.undo': ({ batchId }, ctx) => service.undo(ctx, batchId),
} satisfies HandlerTable<keyof typeof importMethods>;
