import { z } from 'zod';
import { LINE_DECISIONS } from '../domain/claims.ts';
import { formatPounds } from '../rules/money.ts';
import { MAX_ANNUAL_PENCE, MAX_MONTHLY_PENCE } from '../rules/plausible.ts';
import { id, isoDate } from './fields.ts';
import { staffText } from './staff-text.ts';

export const monthField = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is written YYYY-MM');

/** A month's figure in whole pence, from nothing to a plausible ceiling. */
const monthlyPence = (what: string) =>
  z
    .number({ error: `Enter the ${what} a month` })
    .int('Use whole pence')
    .min(0, `The ${what} cannot be negative`)
    .max(MAX_MONTHLY_PENCE, `The ${what} cannot be above ${formatPounds(MAX_MONTHLY_PENCE)} a month: check the figure`);

/** Employer's NI or pension: a share of the salary in basis points (1438 = 14.38%), or a fixed amount a month in pence. */
const onCost = (what: string) =>
  z.discriminatedUnion(
    'kind',
    [
      z.object({
        kind: z.literal('percent'),
        basisPoints: z
          .number({ error: `Enter the ${what} percentage` })
          .int('Use whole basis points (hundredths of a percent)')
          .min(0, `The ${what} cannot be negative`)
          .max(10000, 'A percentage is at most 100'),
      }),
      z.object({
        kind: z.literal('amount'),
        monthlyPence: monthlyPence(what),
      }),
    ],
    { error: `Choose whether the ${what} is a percentage or an amount` },
  );

export const payFields = z.object({
  workerId: id,
  effectiveFrom: isoDate('date the pay takes effect'),
  annualSalaryPence: z
    .number({ error: 'Enter the salary a year' })
    .int('Use whole pence')
    .min(0, 'Salary cannot be negative')
    .max(
      MAX_ANNUAL_PENCE,
      `A salary above ${formatPounds(MAX_ANNUAL_PENCE)} a year is not plausible: check the figure`,
    ),
  ni: onCost("employer's NI"),
  pension: onCost("employer's pension"),
});
export type PayFields = z.output<typeof payFields>;

export const payrollFields = z.object({
  workerId: id,
  month: monthField,
  salaryPence: monthlyPence('salary'),
  niPence: monthlyPence("employer's NI"),
  pensionPence: monthlyPence("employer's pension"),
});

/** Excluding a line from this month, or claiming it despite its flags: always with a reason. */
export const lineDecisionFields = z.object({
  id,
  workerId: id,
  decision: z.enum(LINE_DECISIONS, { error: 'Choose whether to exclude the line or override its flags' }),
  reason: staffText(500, { required: 'Give the reason' }),
});

/** The lines to confirm (or take back) the month's NWRS record for, in one step. */
export const nwrsLinesFields = z.object({
  month: monthField,
  workerIds: z
    .array(id, { error: 'Choose the lines' })
    .min(1, 'Choose at least one line')
    .max(20000, 'At most 20,000 lines at once'),
});
