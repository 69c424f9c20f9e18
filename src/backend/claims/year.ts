import type { ClaimYear, ClaimYearMonth } from '../../shared/domain/claims.ts';
import { financialYearMonthsTo } from '../../shared/rules/claim-calendar.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import * as q from './queries.ts';
import { monthFigures, requireClaimMonth } from './service.ts';

/** The financial year's twelve months, April to March, each with its latest claim and figures. */
export function claimYear(ctx: Ctx, financialYear: string): ClaimYear {
  // The year as typed (four digits), so a refusal names April 0000 rather than a month written " 0-04".
  const startYear = financialYear.slice(0, 4);
  requireClaimMonth(ctx, `${startYear}-04`, 'financialYear');
  const thisMonth = today(ctx).slice(0, 7);
  const months = financialYearMonthsTo(`${Number(startYear) + 1}-03`).map((month): ClaimYearMonth => {
    if (month > thisMonth)
      return { month, open: false, claim: null, totalPence: null, lines: null, blockedLines: null };
    return { month, open: true, claim: q.claimVersions(ctx.db, month)[0] ?? null, ...monthFigures(ctx, month) };
  });
  return { financialYear, months };
}
