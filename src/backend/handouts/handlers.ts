import type { handoutMethods } from '../../shared/api/methods/handouts.ts';
import type { HandlerTable } from '../handler.ts';
import { handoutPdf } from './pdf.ts';
import { handoutDetails, saveHandoutDetails, saveHandoutWording } from './service.ts';
import { handoutText } from './text.ts';
import { readHandoutWording } from './wording.ts';

export const handoutHandlers = {
  'handout.pdf': ({ workerId }, ctx) => handoutPdf(ctx, workerId),
  'handout.text': ({ workerId }, ctx) => handoutText(ctx, workerId),
  'handout.details': ({ workerId }, ctx) => handoutDetails(ctx, workerId),
  'handout.saveDetails': (details, ctx) => saveHandoutDetails(ctx, details),
  'handout.wording': (_input, ctx) => readHandoutWording(ctx.db),
  'handout.saveWording': (wording, ctx) => saveHandoutWording(ctx, wording),
} satisfies HandlerTable<keyof typeof handoutMethods>;
