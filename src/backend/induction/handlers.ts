import type { inductionMethods } from '../../shared/api/methods/induction.ts';
import { workerCompliance } from '../compliance/compute.ts';
import type { HandlerTable } from '../handler.ts';
import { inductionChecklistPdf } from '../reports/induction-pdf.ts';
import { undoTick } from './service.ts';

export const inductionHandlers = {
  'induction.pdf': ({ workerId }, ctx) => inductionChecklistPdf(ctx, workerId),
  'induction.undoTick': (input, ctx) => {
    undoTick(ctx, input);
    return workerCompliance(ctx, input.workerId);
  },
} satisfies HandlerTable<keyof typeof inductionMethods>;
