import type { AuditAction, AuditRecordKind } from '../../../../shared/domain/audit-kinds.ts';
import { AUDIT_ACTIONS, AUDIT_RECORDS } from '../../../../shared/domain/audit-kinds.ts';
import { isIsoDate } from '../../../../shared/rules/dates.ts';
import type { AuditFilters } from '../../stores/audit.ts';

/**
 * What the audit page shows, kept in its address (`#/audit?worker=3&action=training.record&from=2026-04-01&page=2`),
 * so Back, a bookmark and the worker page's "History" link all land on the same entries.
 */
export interface AuditView {
  filters: AuditFilters;
  /** From 0. */
  page: number;
  pageSize: PageSize;
}

export const PAGE_SIZES = [50, 100, 200] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const NO_FILTERS: AuditFilters = { workerId: null, from: null, to: null, action: null, entity: null };

const whole = (text: string | null): number | null => (text !== null && /^\d+$/.test(text) ? Number(text) : null);
const date = (text: string | null): string | null => (text !== null && isIsoDate(text) ? text : null);

/** The view an address asks for; anything it cannot read (an action a later version renamed) is left out. */
export function auditViewOf(query: URLSearchParams): AuditView {
  const action = query.get('action');
  const record = query.get('record');
  const worker = whole(query.get('worker'));
  const size = whole(query.get('size'));
  return {
    filters: {
      workerId: worker !== null && worker > 0 ? worker : null,
      from: date(query.get('from')),
      to: date(query.get('to')),
      action: action !== null && Object.hasOwn(AUDIT_ACTIONS, action) ? (action as AuditAction) : null,
      entity: record !== null && Object.hasOwn(AUDIT_RECORDS, record) ? (record as AuditRecordKind) : null,
    },
    page: whole(query.get('page')) ?? 0,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? 50,
  };
}

/** The address of a view; page and size only when they are not the first page of 50. */
export function auditRouteOf({ filters, page, pageSize }: AuditView): string {
  const query = new URLSearchParams();
  if (filters.workerId !== null) query.set('worker', String(filters.workerId));
  if (filters.action !== null) query.set('action', filters.action);
  if (filters.entity !== null) query.set('record', filters.entity);
  if (filters.from !== null) query.set('from', filters.from);
  if (filters.to !== null) query.set('to', filters.to);
  if (page > 0) query.set('page', String(page));
  if (pageSize !== 50) query.set('size', String(pageSize));
  const text = query.toString();
  return text === '' ? 'audit' : `audit?${text}`;
}

export const hasFilters = (filters: AuditFilters): boolean => Object.values(filters).some((value) => value !== null);
