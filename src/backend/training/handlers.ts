import path from 'node:path';
import type { trainingMethods } from '../../shared/api/methods/training.ts';
import { computeWorkerCompliance } from '../compliance/compute.ts';
import { currentMatrix } from '../compliance/matrix-cache.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { notFound } from '../errors.ts';
import type { HandlerTable } from '../handler.ts';
import { inductionChecklistPdf } from '../reports/induction-pdf.ts';
import { listWorkerFacts } from '../staff/queries.ts';
import { readEvidenceFile } from './evidence-files.ts';
import { findEvidence } from './queries.ts';
import * as service from './service.ts';

function workerCompliance(ctx: Ctx, workerId: number) {
  const worker = listWorkerFacts(ctx.db).find((w) => w.id === workerId);
  if (!worker) throw notFound('worker', workerId);
  return computeWorkerCompliance(ctx.db, worker, today(ctx));
}

export const trainingHandlers = {
  'training.record': (input, ctx) => service.addRecord(ctx, input),
  'training.exempt': (input, ctx) => {
    service.exempt(ctx, input);
    return workerCompliance(ctx, input.workerId);
  },
  'training.endExemption': (input, ctx) => {
    service.endExemption(ctx, input);
    return workerCompliance(ctx, input.workerId);
  },
  'evidence.get': ({ fileId }, ctx) => {
    const file = findEvidence(ctx.db, fileId);
    if (!file) throw notFound('evidence file', fileId);
    const bytes = readEvidenceFile(ctx.dataDir, file.storedName);
    return {
      fileName: path.basename(file.originalName),
      mediaType: file.mediaType,
      dataBase64: bytes.toString('base64'),
    };
  },
  'compliance.matrix': (_input, ctx) => currentMatrix(ctx.db, today(ctx)),
  'compliance.worker': ({ workerId }, ctx) => workerCompliance(ctx, workerId),
  'induction.pdf': ({ workerId }, ctx) => inductionChecklistPdf(ctx, workerId),
} satisfies HandlerTable<keyof typeof trainingMethods>;
