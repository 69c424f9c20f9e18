import type { ComplianceStatus } from '../../../../shared/rules/compliance.ts';
import { COMPLIANCE_STATUSES } from '../../../../shared/rules/compliance.ts';
import type { MatrixFilter } from '../../../../shared/rules/matrix-view.ts';
import { NO_FILTER } from '../../../../shared/rules/matrix-view.ts';

type AddressFilter = Partial<Pick<MatrixFilter, 'status' | 'within'>>;

/** The matrix filtered as a link from elsewhere asks: `#/matrix?status=overdue`, `#/matrix?within=30`. */
export function matrixAddress(filter: AddressFilter): string {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (filter.within) query.set('within', String(filter.within));
  const text = query.toString();
  return text ? `matrix?${text}` : 'matrix';
}

/**
 * The filters an address carries, on top of none, or null when it carries none (the filters chosen before stay).
 * Anything unreadable is left out rather than guessed.
 */
export function filterOfAddress(query: URLSearchParams): MatrixFilter | null {
  const status = query.get('status');
  const within = Number(query.get('within'));
  const filter: MatrixFilter = {
    ...NO_FILTER,
    status: COMPLIANCE_STATUSES.includes(status as ComplianceStatus) ? (status as ComplianceStatus) : '',
    within: Number.isInteger(within) && within >= 1 && within <= 366 ? within : null,
  };
  return filter.status === '' && filter.within === null ? null : filter;
}
