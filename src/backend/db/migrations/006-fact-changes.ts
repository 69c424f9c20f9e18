import type { Migration } from '../migrate.ts';

/** The tables whose rows are evidence for a worker's compliance statuses. */
const EVIDENCE_TABLES = ['training_record', 'assessment', 'supervision_session'] as const;

/** Triggers logging each written row's worker in `fact_change`, so the evidence store reads them again. */
export const logTrigger = (table: string, event: 'INSERT' | 'UPDATE' | 'DELETE') => {
  const rows = { INSERT: ['NEW'], UPDATE: ['OLD', 'NEW'], DELETE: ['OLD'] }[event];
  const values = rows.map((row) => `(${row}.worker_id)`).join(', ');
  return `CREATE TRIGGER ${table}_logged_${event.toLowerCase()} AFTER ${event} ON ${table}
BEGIN
  INSERT INTO fact_change (worker_id) VALUES ${values};
END;`;
};

/**
 * A log of which workers' evidence changed, written by triggers so that no write path can forget it.
 * Whole-PCN computations keep what they have read and re-read only the workers logged since.
 */
export const factChanges: Migration = {
  version: 6,
  name: 'Log of workers whose evidence changed',
  sql: `
CREATE TABLE fact_change (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  worker_id INTEGER NOT NULL
) STRICT;

${EVIDENCE_TABLES.flatMap((table) => (['INSERT', 'UPDATE', 'DELETE'] as const).map((event) => logTrigger(table, event))).join('\n\n')}
`,
};
