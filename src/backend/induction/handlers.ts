import type { inductionMethods } from '../../shared/api/methods/induction.ts';
import type { HandlerTable } from '../handler.ts';
import { inductionChecklistPdf } from '../reports/induction-pdf.ts';

export const inductionHandlers = {
  'induction.pdf': ({ workerId }, ctx) => inductionChecklistPdf(ctx, workerId),
} satisfies HandlerTable<keyof typeof inductionMethods>;
