import type { ArrsSumRate, Rate } from '../../shared/domain/rates.ts';
import { AREA_LABELS } from '../../shared/domain/rates.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import type { ArrsSumFields, RateFields } from '../../shared/schemas/rates.ts';
import { overlappingRate } from '../../shared/rules/arrs.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { financialYearProblem } from '../../shared/rules/plausible.ts';
import { formatPounds, formatTenthPence } from '../../shared/rules/money.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction, today } from '../context.ts';
import { invalidField, notFound } from '../errors.ts';
import { requirePlausibleDates } from '../plausible.ts';
import * as q from './rate-queries.ts';

/** "the Social prescribing link worker (national) maximum of £40,159.00 from 01/07/2023 to 31/03/2024". */
export function describeRate(r: Omit<Rate, 'id' | 'origin'>): string {
  const to = r.effectiveTo === null ? 'with no end date' : `to ${formatUkDate(r.effectiveTo)}`;
  return `the ${ROLE_LABELS[r.role]} (${AREA_LABELS[r.area]}) maximum of ${formatPounds(r.annualMaxPence)} from ${formatUkDate(r.effectiveFrom)} ${to}`;
}

/** A maximum's dates fall within ARRS; two for the same role and area never cover the same day. */
function assertValid(ctx: Ctx, fields: RateFields, exceptId: number | null): void {
  requirePlausibleDates(ctx, [
    { field: 'effectiveFrom', date: fields.effectiveFrom, kind: 'arrs', what: 'date it takes effect' },
    { field: 'effectiveTo', date: fields.effectiveTo, kind: 'arrs', what: 'last day it applies' },
  ]);
  const clash = overlappingRate(q.listRates(ctx.db), fields, exceptId);
  if (clash)
    throw invalidField(
      'effectiveFrom',
      `These dates overlap ${describeRate(clash)}: correct or remove that row first, or change these dates`,
    );
}

/** Adds a maximum; a row anyone enters is theirs, never changed by a later catalogue. */
export function saveRate(ctx: Ctx, fields: RateFields): Rate[] {
  return inTransaction(ctx, () => {
    assertValid(ctx, fields, null);
    const id = q.insertRate(ctx.db, { ...fields, origin: 'local' });
    recordAudit(ctx, {
      action: 'rate.save',
      entity: 'arrs_rate',
      entityId: id,
      summary: `Added ${describeRate(fields)}`,
      after: fields,
    });
    return q.listRates(ctx.db);
  });
}

/** Corrects a maximum. Submitted claims keep the figures they were submitted with; drafts follow the correction. */
export function updateRate(ctx: Ctx, id: number, fields: RateFields): Rate[] {
  return inTransaction(ctx, () => {
    const before = q.findRate(ctx.db, id);
    if (!before) throw notFound('ARRS maximum', id);
    assertValid(ctx, fields, id);
    q.updateRate(ctx.db, id, { ...fields, origin: 'local' });
    recordAudit(ctx, {
      action: 'rate.update',
      entity: 'arrs_rate',
      entityId: id,
      summary: `Corrected ${describeRate(before)} to ${describeRate(fields)}`,
      before,
      after: fields,
    });
    return q.listRates(ctx.db);
  });
}

export function removeRate(ctx: Ctx, id: number): Rate[] {
  return inTransaction(ctx, () => {
    const before = q.findRate(ctx.db, id);
    if (!before) throw notFound('ARRS maximum', id);
    q.deleteRate(ctx.db, id);
    recordAudit(ctx, {
      action: 'rate.remove',
      entity: 'arrs_rate',
      entityId: id,
      summary: `Removed ${describeRate(before)}`,
      before,
    });
    return q.listRates(ctx.db);
  });
}

/** Sets (or corrects) the ARRS sum per weighted patient for a financial year. */
export function saveArrsSum(ctx: Ctx, fields: ArrsSumFields): ArrsSumRate[] {
  const problem = financialYearProblem(fields.financialYear, today(ctx));
  if (problem) throw invalidField('financialYear', problem);
  return inTransaction(ctx, () => {
    const before = q.findArrsSum(ctx.db, fields.financialYear);
    q.upsertArrsSum(ctx.db, { ...fields, origin: 'local' });
    recordAudit(ctx, {
      action: 'arrsSum.save',
      entity: 'arrs_sum_rate',
      entityId: null,
      summary: before
        ? `Corrected the ${fields.financialYear} ARRS sum from ${formatTenthPence(before.tenthPence)} to ${formatTenthPence(fields.tenthPence)} per weighted patient`
        : `Set the ${fields.financialYear} ARRS sum at ${formatTenthPence(fields.tenthPence)} per weighted patient`,
      ...(before ? { before } : {}),
      after: fields,
    });
    return q.listArrsSums(ctx.db);
  });
}

export function removeArrsSum(ctx: Ctx, financialYear: string): ArrsSumRate[] {
  return inTransaction(ctx, () => {
    const before = q.findArrsSum(ctx.db, financialYear);
    if (!before) throw invalidField('financialYear', `No ARRS sum is recorded for ${financialYear}`);
    q.deleteArrsSum(ctx.db, financialYear);
    recordAudit(ctx, {
      action: 'arrsSum.remove',
      entity: 'arrs_sum_rate',
      entityId: null,
      summary: `Removed the ${financialYear} ARRS sum of ${formatTenthPence(before.tenthPence)} per weighted patient`,
      before,
    });
    return q.listArrsSums(ctx.db);
  });
}
