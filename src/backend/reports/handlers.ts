import type { reportMethods } from '../../shared/api/methods/reports.ts';
import { today } from '../context.ts';
import type { HandlerTable } from '../handler.ts';
import { complianceReport } from './compliance-by-group.ts';
import { complianceCsv } from './compliance-csv.ts';
import { employerPdf, practicePdf } from './group-pdf.ts';

export const reportHandlers = {
  'report.compliance': ({ by }, ctx) => complianceReport(ctx.db, today(ctx), by),
  'report.complianceCsv': ({ by }, ctx) => complianceCsv(complianceReport(ctx.db, today(ctx), by)),
  'report.practicePdf': ({ practiceId }, ctx) => practicePdf(ctx, practiceId),
  'report.employerPdf': ({ employerId }, ctx) => employerPdf(ctx, employerId),
} satisfies HandlerTable<keyof typeof reportMethods>;
