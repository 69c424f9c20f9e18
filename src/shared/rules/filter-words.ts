import { ROLE_LABELS } from '../domain/staff.ts';
import { COMPLIANCE_LABELS } from './compliance.ts';
import { countOf } from './words.ts';
import type { MatrixFilter } from './matrix-view.ts';

export interface OrganisationNames {
  employer(id: number): string;
  practice(id: number): string;
}

const searchWords = (search: string): string[] => {
  const words = search.trim();
  return words ? [`name contains “${words}”`] : [];
};

/**
 * The filters a view of the matrix has on, in words, for exports and printouts: never a silently partial
 * list. Leavers are hidden unless asked for, so that is said too. Empty when everyone is shown.
 */
export function matrixFilterWords(filter: MatrixFilter, names: OrganisationNames): string[] {
  return [
    ...searchWords(filter.search),
    ...(filter.role ? [`role: ${ROLE_LABELS[filter.role]}`] : []),
    ...(filter.employerId !== null ? [`employer: ${names.employer(filter.employerId)}`] : []),
    ...(filter.practiceId !== null ? [`base practice: ${names.practice(filter.practiceId)}`] : []),
    ...(filter.status ? [`anyone with “${COMPLIANCE_LABELS[filter.status]}”`] : []),
    ...(filter.within !== null ? [`anyone with something expiring within ${filter.within} days`] : []),
    ...(filter.showLeavers ? [] : ['leavers not shown']),
  ];
}

export interface RegisterFilter {
  search: string;
  showLeavers: boolean;
}

/** The staff register's filters in words, as for the matrix. */
export function registerFilterWords(filter: RegisterFilter): string[] {
  const words = filter.search.trim();
  return [...(words ? [`search: “${words}”`] : []), ...(filter.showLeavers ? [] : ['leavers not shown'])];
}

/** How many of how many a list shows, en-GB: "1,204 of 4,488 people", "1 of 1 worker". */
export const shownOf = (shown: number, total: number, one: string, many?: string): string =>
  `${shown.toLocaleString('en-GB')} of ${countOf(total, one, many)}`;

/** "Filters: role: Care coordinator; leavers not shown", or "Filters: none (everyone)". */
export function filtersSentence(words: readonly string[]): string {
  return words.length === 0 ? 'Filters: none (everyone)' : `Filters: ${words.join('; ')}`;
}

/** A short file-name part for the filters: "role-care-coordinator-leavers-not-shown", at most 60 characters. */
export function filterSlug(words: readonly string[]): string {
  return words
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
