import type { DataChange } from './domains.ts';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNKNOWN_METHOD',
  'UNAUTHORISED',
  'UNAUTHENTICATED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** For VALIDATION: the message for each field, keyed by the field's path (e.g. `leavingDate`). */
  details?: { fields?: Record<string, string> };
}

/** A successful call that wrote data also says what it changed, so the calling page can refresh at once. */
export type Envelope<T> = { ok: true; value: T; change?: DataChange } | { ok: false; error: ApiErrorBody };

/** What every transport carries: one method name and its input. */
export interface CallRequest {
  method: string;
  input: unknown;
}
