import { create } from 'zustand';
import type { ComplianceReport, ReportGrouping } from '../../../shared/domain/reports.ts';
import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';
import { STATUS_INPUTS } from './compliance.ts';
import { createResource } from './resource.ts';

/** Compliance per practice or per employer, as at today; reloads when anything a status depends on changes. */
export const complianceReport = createResource<ReportGrouping, ComplianceReport>({
  name: 'the compliance report',
  load: (by) => call('report.compliance', { by }),
  dependsOn: STATUS_INPUTS,
});

interface ReportsViewState {
  by: ReportGrouping;
  setBy(by: ReportGrouping): void;
}

/** The grouping chosen on the reports page, kept while moving between pages. */
export const useReportsView = create<ReportsViewState>()((set) => ({
  by: 'practice',
  setBy: (by) => set({ by }),
}));

/** The report as CSV, one row per group and requirement, named with the PCN, the grouping and the date. */
export async function downloadComplianceCsv(by: ReportGrouping): Promise<void> {
  const file = await call('report.complianceCsv', { by });
  saveFile(file.fileName, 'text/csv;charset=utf-8', { text: file.text });
}

/** One employer's compliance and the people it employs, A4 portrait. */
export async function downloadEmployerPdf(employerId: number): Promise<void> {
  const file = await call('report.employerPdf', { employerId });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}

/** One practice's compliance and its people, A4 portrait, for a CQC inspection folder. */
export async function downloadPracticePdf(practiceId: number): Promise<void> {
  const file = await call('report.practicePdf', { practiceId });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}
