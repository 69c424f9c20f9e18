import { z } from 'zod';
import type { StaffTextRules } from '../rules/staff-text.ts';
import { normaliseText, staffTextProblem } from '../rules/staff-text.ts';

/**
 * The one schema for every free-text field (rules/staff-text.ts): normalised, then refused with a message when it
 * cannot be stored. It may be left empty unless `required` or `min` says otherwise.
 */
export const staffText = (max: number, rules: Omit<StaffTextRules, 'max'> = {}) =>
  z
    .string({ error: rules.required ?? rules.min?.[1] ?? 'This must be text' })
    .overwrite(normaliseText)
    .superRefine((text, ctx) => {
      const problem = staffTextProblem(text, { ...rules, max });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** A name (of a person, a practice, an employer, the PCN): one line, up to 120 characters. */
export const nameText = (what: string) =>
  staffText(120, { required: `Enter the ${what}`, tooLong: `The ${what} must be 120 characters or fewer` });
