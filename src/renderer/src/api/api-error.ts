import type { ApiErrorBody } from '../../../shared/api/envelope.ts';

/** A failed call, carrying the backend's code and any per-field messages. */
export class ApiError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly fields: Record<string, string>;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.fields = body.details?.fields ?? {};
  }
}
