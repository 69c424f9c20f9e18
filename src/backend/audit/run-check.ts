import type { Database } from 'better-sqlite3';
import type { IntegrityReport, IntegritySummary } from '../../shared/domain/audit.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import type { MigrationResult } from '../db/migrate.ts';
import { sql } from '../db/statements.ts';
import { keepAnchor, readAnchor } from './anchor.ts';
import { logFindings } from './findings.ts';
import { checkIntegrity } from './integrity.ts';
import { recordAudit } from './record.ts';

/** The schema that made the audit log a hash chain. */
const CHAINED_FROM = 12;

const atOpening = new WeakMap<Database, IntegritySummary>();

/** The check made when this data file was opened, for the banner; null before any. */
export const openingCheck = (db: Database): IntegritySummary | null => atOpening.get(db) ?? null;

/** Checks the data file now (the "Check integrity" button). */
export function checkNow(ctx: Ctx, anchorMayBeMissing = false): IntegrityReport {
  return checkIntegrity(ctx.db, {
    dataFile: ctx.dataFile,
    anchor: readAnchor(ctx.dataFile),
    anchorMayBeMissing,
    now: ctx.now(),
  });
}

/** What the newest check on opening recorded, so the same problems are not recorded again at every launch. */
function lastRecordedFindings(ctx: Ctx): string | null {
  const row = sql(
    ctx.db,
    "SELECT after_json AS findings FROM audit_log WHERE action = 'integrity.problems' ORDER BY id DESC LIMIT 1",
  ).get() as { findings: string } | undefined;
  return row?.findings ?? null;
}

/** Problems found on opening go into the log itself, once, so they outlast the launch that found them. */
function recordOnce(ctx: Ctx, report: IntegrityReport): void {
  const messages = report.findings.map((f) => f.message);
  // Numbered, so the audit screen lists them one to a line.
  const numbered = Object.fromEntries(messages.map((m, i) => [String(i + 1), m]));
  if (lastRecordedFindings(ctx) === JSON.stringify(numbered)) return;
  const problems = messages.length === 1 ? '1 problem' : `${messages.length} problems`;
  inTransaction(ctx, () =>
    recordAudit(ctx, {
      action: 'integrity.problems',
      entity: 'audit_log',
      entityId: null,
      actor: 'Linkwork (check on opening)',
      summary: `Checking the data file on opening found ${problems}: ${messages[0] ?? ''}`,
      after: numbered,
    }),
  );
}

/**
 * Runs the check as the data file opens: reports any problem in the log, records it in the audit log and keeps
 * the result for the app's status. Never stops the file from opening: a check that fails says so instead.
 */
export function checkOnOpening(ctx: Ctx, migration: MigrationResult): IntegrityReport {
  let report: IntegrityReport;
  try {
    report = checkNow(ctx, migration.from < CHAINED_FROM);
  } catch (error) {
    report = {
      checkedAt: ctx.now().toISOString(),
      entries: 0,
      lockedRecords: 0,
      findings: [logFindings.unfinished((error as Error).message)],
    };
  }
  atOpening.set(ctx.db, { checkedAt: report.checkedAt, problems: report.findings.length });
  if (report.findings.length > 0) {
    console.warn(
      `Linkwork checked ${ctx.dataFile} on opening and found ${report.findings.length} integrity problem(s):\n` +
        report.findings.map((f) => `  - ${f.message}`).join('\n'),
    );
    try {
      recordOnce(ctx, report);
    } catch (error) {
      console.error(`Linkwork could not record those problems in the audit log: ${(error as Error).message}`);
    }
  }
  // What the anchor showed is now in the log itself (or there was nothing to show): it moves on to the newest entry.
  keepAnchor(ctx.db, ctx.dataFile, { rebase: true });
  return report;
}
