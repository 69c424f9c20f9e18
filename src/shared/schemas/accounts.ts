import { z } from 'zod';
import { id } from './fields.ts';

export const emailAddress = z
  .string({ error: 'Enter the e-mail address' })
  .trim()
  .min(1, 'Enter the e-mail address')
  .max(254, 'An e-mail address is at most 254 characters')
  .pipe(z.email('Enter an e-mail address such as jane.smith@nhs.net'));

export const accountInviteInput = z.object({
  person: z.object({ kind: z.enum(['worker', 'colleague']), id }),
  email: emailAddress,
  lead: z.boolean().optional(),
  viewer: z.boolean().optional(),
});

export const accountIdInput = z.object({ accountId: id }).strict();

export const accountLinkInput = z
  .object({ accountId: id, person: z.object({ kind: z.enum(['worker', 'colleague']), id }) })
  .strict();

export const accountRolesInput = z.object({ accountId: id, lead: z.boolean(), viewer: z.boolean() }).strict();
