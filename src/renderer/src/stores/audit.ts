import type { AuditEntry } from '../../../shared/domain/audit.ts';
import type { AuditFilters } from '../../../shared/schemas/audit.ts';
import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';
import type { Resource } from './resource.ts';
import { createResource } from './resource.ts';

export type { AuditFilters };

/** One page of the filtered log: the filters, and which entries of the newest first. */
export interface AuditQuery extends AuditFilters {
  limit: number;
  offset: number;
}

export interface AuditLog {
  entries: AuditEntry[];
  /** How many entries the filters match in all. */
  total: number;
}

/** A page of the audit log, newest first; the backend applies the filters, so a page is the same however big the log. */
export const auditLog: Resource<AuditQuery, AuditLog> = createResource({
  name: 'the audit log',
  load: (query) => call('audit.list', query),
  dependsOn: ['audit'],
  workerOf: (query) => query.workerId,
});

/** Saves every entry the filters match as CSV, named by the filters. */
export async function downloadAuditCsv(filters: AuditFilters): Promise<void> {
  const file = await call('audit.csv', filters);
  saveFile(file.fileName, 'text/csv;charset=utf-8', { text: file.text });
}
