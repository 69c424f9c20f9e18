import { z } from 'zod';
import { isIsoDate } from '../rules/dates.ts';

export const id = z.number({ error: 'Missing id' }).int().positive();

export const isoDate = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .min(1, `Enter the ${what}`)
    .refine(isIsoDate, `The ${what} is not a real date (use dd/mm/yyyy)`);

export const personName = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(1, `Enter the ${what}`)
    .max(120, `The ${what} must be 120 characters or fewer`);

export const odsCode = z
  .string({ error: 'Enter the ODS code' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{3,10}$/, 'An ODS code is 3 to 10 letters and digits, such as A81001');

export const optionalText = (max: number) => z.string().trim().max(max, `Use ${max} characters or fewer`);
