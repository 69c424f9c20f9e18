import type { importMethods } from '../../shared/api/methods/imports.ts';
import type { HandlerTable } from '../handler.ts';
import { recentBatches } from './queries.ts';
import * as service from './service.ts';
import { importTemplate } from './template.ts';

/** Enough for the wizard to offer undoing a recent import. */
const RECENT_IMPORTS = 50;

export const importHandlers = {
  'import.dryRun': (input, ctx) => service.dryRun(ctx, input),
  'import.commit': (input, ctx) => service.commit(ctx, input),
  'import.undo': ({ batchId }, ctx) => service.undo(ctx, batchId),
  'import.list': (_input, ctx) => recentBatches(ctx.db, RECENT_IMPORTS),
  'import.template': ({ kind, format }, ctx) => importTemplate(ctx.db, kind, format),
} satisfies HandlerTable<keyof typeof importMethods>;
