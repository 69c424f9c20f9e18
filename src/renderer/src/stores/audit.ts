import type { AuditEntry } from '../../../shared/domain/audit.ts';
import { call } from '../api/client.ts';
import { dataOf } from './loadable.ts';
import type { Resource } from './resource.ts';
import { createResource } from './resource.ts';

const PAGE_SIZE = 200;
/** The most entries `audit.list` answers at once. */
const MAX_LIMIT = 1000;

export interface AuditLog {
  entries: AuditEntry[];
  total: number;
}

/** Reads the newest `count` entries, in as many requests as the method's limit needs. */
async function readNewest(workerId: number | null, count: number): Promise<AuditLog> {
  const log: AuditLog = { entries: [], total: 0 };
  do {
    const limit = Math.min(MAX_LIMIT, count - log.entries.length);
    const page = await call('audit.list', { workerId, limit, offset: log.entries.length });
    log.entries.push(...page.entries);
    log.total = page.total;
    if (page.entries.length < limit) break;
  } while (log.entries.length < count);
  return log;
}

/**
 * The audit log, newest first, for everyone (null) or one worker. A reload after a write keeps as many
 * entries as were on screen, so "Show older entries" is not undone by someone saving something.
 */
export const auditLog: Resource<number | null, AuditLog> = createResource({
  name: 'the audit log',
  load: (workerId) => readNewest(workerId, Math.max(PAGE_SIZE, dataOf(auditLog.peek(workerId))?.entries.length ?? 0)),
  dependsOn: ['audit'],
  workerOf: (workerId) => workerId,
});

export async function showOlderEntries(workerId: number | null): Promise<void> {
  const shown = dataOf(auditLog.peek(workerId));
  if (!shown) return;
  const page = await call('audit.list', { workerId, limit: PAGE_SIZE, offset: shown.entries.length });
  const seen = new Set(shown.entries.map((e) => e.id));
  auditLog.put(workerId, {
    entries: [...shown.entries, ...page.entries.filter((e) => !seen.has(e.id))],
    total: page.total,
  });
}
