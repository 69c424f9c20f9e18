import { z } from 'zod';
import type { FileDownload } from '../../domain/files.ts';
import type { ComplianceReport } from '../../domain/reports.ts';
import { REPORT_GROUPINGS } from '../../domain/reports.ts';
import { id } from '../../schemas/fields.ts';
import { READERS } from '../access.ts';
import { method } from '../method.ts';

const byGroup = z.object({ by: z.enum(REPORT_GROUPINGS, { error: 'Choose by practice or by employer' }) }).strict();

export const reportMethods = {
  // Compliance per practice (base practice) or employer, per requirement, from the matrix (reports/compliance-by-group.ts).
  'report.compliance': method<ComplianceReport>()(byGroup, READERS),
  // The same, one row per group and requirement (reports/compliance-csv.ts).
  'report.complianceCsv': method<{ fileName: string; text: string }>()(byGroup, READERS),
  // One practice's compliance for a CQC inspection folder, A4 portrait (reports/group-pdf.ts).
  'report.practicePdf': method<FileDownload>()(z.object({ practiceId: id }).strict(), READERS),
  // The same for an employer's people (reports/group-pdf.ts).
  'report.employerPdf': method<FileDownload>()(z.object({ employerId: id }).strict(), READERS),
};
