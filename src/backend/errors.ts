import type { ApiErrorBody, ErrorCode } from '../shared/api/envelope.ts';

/** An expected failure with a message fit to show the user. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiErrorBody['details'];

  constructor(code: ErrorCode, message: string, details?: ApiErrorBody['details']) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }

  toBody(): ApiErrorBody {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

export function notFound(what: string, id: number | string): DomainError {
  return new DomainError('NOT_FOUND', `No ${what} with id ${id} was found`);
}

export function invalidField(field: string, message: string): DomainError {
  return new DomainError('VALIDATION', message, { fields: { [field]: message } });
}

export function forbidden(message: string): DomainError {
  return new DomainError('FORBIDDEN', message);
}

export function conflict(message: string): DomainError {
  return new DomainError('CONFLICT', message);
}
