import type { Parsed } from '../../../shared/rules/money.ts';
import { ApiError } from '../api/api-error.ts';

/**
 * The values of what was typed, each read by its shared rule (`parsePounds`, `parsePercent`…). If any cannot be
 * read, nothing is sent: the save stops with each message at its field, as the backend's own refusals do.
 */
export function typedOrRefused<K extends string>(parsed: Record<K, Parsed>): Record<K, number> {
  const fields: Record<string, string> = {};
  const values = {} as Record<K, number>;
  for (const [key, p] of Object.entries(parsed) as [K, Parsed][]) {
    if (p.ok) values[key] = p.value;
    else fields[key] = p.message;
  }
  const messages = Object.values(fields);
  if (messages.length > 0)
    throw new ApiError({ code: 'VALIDATION', message: messages.join('; '), details: { fields } });
  return values;
}
