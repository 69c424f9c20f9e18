import { z } from 'zod';
import { ROLES } from '../domain/staff.ts';
import { id, isoDate, optionalText } from './fields.ts';

export const monthField = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is written YYYY-MM');

export const rateFields = z.object({
  financialYear: z.string().regex(/^\d{4}\/\d{2}$/, 'Write the financial year as 2025/26'),
  role: z.enum(ROLES),
  annualMaxPence: z.number().int('Use whole pence').positive('The maximum must be above £0'),
  effectiveFrom: isoDate('date it takes effect'),
  source: optionalText(300).default(''),
});

const amountOrPercent = z.enum(['percent', 'amount']);

export const payFields = z
  .object({
    workerId: id,
    effectiveFrom: isoDate('date the pay takes effect'),
    annualSalaryPence: z.number().int('Use whole pence').min(0, 'Salary cannot be negative'),
    niKind: amountOrPercent,
    niValue: z.number().min(0, "Employer's NI cannot be negative"),
    pensionKind: amountOrPercent,
    pensionValue: z.number().min(0, "Employer's pension cannot be negative"),
  })
  .refine((p) => p.niKind === 'amount' || p.niValue <= 100, {
    path: ['niValue'],
    message: 'A percentage is at most 100',
  })
  .refine((p) => p.pensionKind === 'amount' || p.pensionValue <= 100, {
    path: ['pensionValue'],
    message: 'A percentage is at most 100',
  });
export type PayFields = z.output<typeof payFields>;

export const payrollFields = z.object({
  workerId: id,
  month: monthField,
  salaryPence: z.number().int().min(0),
  niPence: z.number().int().min(0),
  pensionPence: z.number().int().min(0),
});
