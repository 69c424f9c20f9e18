import type { Signature } from '../domain/signatures.ts';
import { formatUkDateTime } from './dates.ts';

/** `on dd/mm/yyyy at hh:mm`, UK time. */
function onDayAtTime(isoInstant: string): string {
  const [day, time] = formatUkDateTime(isoInstant).split(' ');
  return time ? `on ${day} at ${time}` : `on ${day}`;
}

/**
 * What a signature means, in one sentence, for PDFs and pages alike: an account's electronic signature, or a
 * personal-mode name that only attributes.
 */
export function signatureStatement(s: Signature): string {
  const when = onDayAtTime(s.at);
  switch (s.kind) {
    case 'account':
      return `Signed electronically by ${s.name} (signed in as ${s.email}) ${when}`;
    case 'typedName':
      return `Signed by typed name ${s.name} ${when} (attribution, not authentication)`;
    case 'actingAs':
      return `Signed by ${s.name}, chosen under "Acting as", ${when} (attribution, not authentication)`;
  }
}

/** Builds a stored signature from its columns: an account id and e-mail make it electronic. */
export function signatureOf(
  stored: { name: string | null; at: string | null; accountId: number | null; email: string | null },
  personal: 'typedName' | 'actingAs',
): Signature | null {
  const { name, at, accountId, email } = stored;
  if (!name || !at) return null;
  if (accountId !== null && email !== null) return { kind: 'account', name, at, accountId, email };
  return { kind: personal, name, at };
}
