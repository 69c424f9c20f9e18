import { z } from 'zod';
import { MARKS, RATE_AREAS } from '../domain/rates.ts';
import { ROLES } from '../domain/staff.ts';
import { financialYearOf } from '../rules/dates.ts';
import { id, isoDate } from './fields.ts';
import { staffText } from './staff-text.ts';

export const financialYear = z
  .string({ error: 'Enter the financial year' })
  .regex(/^\d{4}\/\d{2}$/, 'Write the financial year as 2025/26')
  .refine((fy) => (Number(fy.slice(0, 4)) + 1) % 100 === Number(fy.slice(5)), 'Write the financial year as 2025/26');

const mark = z.enum(MARKS, { error: 'Choose C (confirmed), U (not confirmed) or P (our decision)' });

/** A plausible maximum for 1.0 WTE a year: anything outside this is a slip (pence for pounds, a digit too many). */
export const PLAUSIBLE_ANNUAL_MAX_PENCE = { min: 1_000_000, max: 15_000_000 } as const;

export const rateFields = z
  .object({
    role: z.enum(ROLES, { error: 'Choose the role' }),
    area: z.enum(RATE_AREAS, { error: 'Choose national, outer London or inner London' }),
    effectiveFrom: isoDate('date it takes effect'),
    effectiveTo: isoDate('last day it applies').nullable().default(null),
    annualMaxPence: z
      .number({ error: 'Enter the maximum' })
      .int('Use whole pence')
      .min(PLAUSIBLE_ANNUAL_MAX_PENCE.min, 'A maximum below £10,000 a year is not plausible: check the figure')
      .max(PLAUSIBLE_ANNUAL_MAX_PENCE.max, 'A maximum above £150,000 a year is not plausible: check the figure'),
    /** The financial year the period starts in; worked out from the start date when left out. */
    financialYear: financialYear.optional(),
    source: staffText(300, { multiline: true }).default(''),
    mark,
    backdated: z.boolean().default(false),
  })
  .refine((r) => r.effectiveTo === null || r.effectiveTo > r.effectiveFrom, {
    path: ['effectiveTo'],
    message: 'The last day must be after the date it takes effect',
  })
  .refine((r) => r.financialYear === undefined || r.financialYear === financialYearOf(r.effectiveFrom), {
    path: ['financialYear'],
    message: 'The financial year must be the one the start date falls in',
  })
  .transform((r) => ({ ...r, financialYear: r.financialYear ?? financialYearOf(r.effectiveFrom) }));
export type RateFields = z.output<typeof rateFields>;

export const rateUpdate = z.object({ id, fields: rateFields });

export const arrsSumFields = z.object({
  financialYear,
  tenthPence: z
    .number({ error: 'Enter the amount per weighted patient' })
    .int('Use tenths of a penny')
    .min(1000, 'Below £1 per weighted patient is not plausible: check the figure')
    .max(100000, 'Above £100 per weighted patient is not plausible: check the figure'),
  source: staffText(300, { multiline: true }).default(''),
  mark,
});
export type ArrsSumFields = z.output<typeof arrsSumFields>;
