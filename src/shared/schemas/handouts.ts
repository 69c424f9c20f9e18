import { z } from 'zod';
import type { WordingPart } from '../domain/handouts.ts';
import { ONE_LINE_PARTS, WORDING_LABELS, WORDING_PARTS } from '../domain/handouts.ts';
import { placeholderProblem } from '../rules/handout-wording.ts';
import { id } from './fields.ts';
import { staffText } from './staff-text.ts';

/** A UK phone number as patients would dial it, with an extension if there is one; digits, spaces, + ( ) -. */
const PHONE = /^\+?[\d\s()-]+(\s*(ext\.?|extension|x)\s*\d{1,6})?$/i;
const phoneDigits = (phone: string) => phone.replace(/(ext\.?|extension|x)\s*\d+$/i, '').replace(/\D/g, '').length;

const phone = staffText(40, { tooLong: 'A phone number is at most 40 characters' }).refine(
  (text) => text === '' || (PHONE.test(text) && phoneDigits(text) >= 10 && phoneDigits(text) <= 13),
  'Enter a phone number patients can call, such as 01632 960123 (with ext. 204 if needed)',
);

const email = staffText(254, { tooLong: 'An e-mail address is at most 254 characters' }).pipe(
  z.union([z.literal(''), z.email('Enter an e-mail address such as jane.smith@nhs.net')]),
);

export const handoutDetailsInput = z
  .object({
    workerId: id,
    phone,
    email,
    workingTimes: staffText(300, {
      multiline: true,
      tooLong: 'Keep when to reach them to 300 characters',
    }),
  })
  .strict();

/** One part of the wording: filled in, within its length, and using only the placeholders Linkwork knows. */
const wordingPart = (part: WordingPart) => {
  const what = WORDING_LABELS[part].toLowerCase();
  const oneLine = ONE_LINE_PARTS.has(part);
  return staffText(oneLine ? 120 : 1200, {
    multiline: !oneLine,
    required: `Enter the ${what}`,
  }).superRefine((text, ctx) => {
    const problem = placeholderProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
};

export const handoutWordingInput = z
  .object(
    Object.fromEntries(WORDING_PARTS.map((part) => [part, wordingPart(part)])) as {
      [P in WordingPart]: ReturnType<typeof wordingPart>;
    },
  )
  .strict();
