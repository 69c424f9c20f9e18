import type { Database } from 'better-sqlite3';
import type { CaseloadThresholds } from '../../shared/domain/caseload.ts';
import { DEFAULT_CASELOAD_THRESHOLDS } from '../../shared/domain/caseload.ts';
import { thresholdProblems } from '../../shared/rules/caseload.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { DomainError } from '../errors.ts';
import { auditSettingChange } from '../settings/audit.ts';
import { readSetting, writeSetting } from '../settings/queries.ts';

const KEY = 'caseloadThresholds';

/** The lead's norms over the defaults (NHS England's 200–250 people a year, 6–12 contacts each). */
export const readThresholds = (db: Database): CaseloadThresholds => ({
  ...DEFAULT_CASELOAD_THRESHOLDS,
  ...readSetting<Partial<CaseloadThresholds>>(db, KEY),
});

export function saveThresholds(ctx: Ctx, thresholds: CaseloadThresholds): CaseloadThresholds {
  const problems = thresholdProblems(thresholds);
  const first = Object.values(problems)[0];
  if (first) throw new DomainError('VALIDATION', first, { fields: problems });
  return inTransaction(ctx, () => {
    const before = readThresholds(ctx.db);
    writeSetting(ctx.db, KEY, thresholds);
    auditSettingChange(ctx, 'Changed the caseload norms', before, thresholds);
    return thresholds;
  });
}
