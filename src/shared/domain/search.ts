/** What the top-bar search finds, in the order its groups are shown. */
export const SEARCH_GROUPS = ['people', 'requirements', 'records', 'sessions', 'claims'] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

export const SEARCH_GROUP_LABELS: Record<SearchGroup, string> = {
  people: 'People',
  requirements: 'Requirements',
  records: 'Training records',
  sessions: 'Supervision sessions',
  claims: 'ARRS claims',
};

/** The most results any one group returns. */
export const SEARCH_GROUP_LIMIT = 8;

export interface SearchHit {
  group: SearchGroup;
  /** Unique within one answer, for lists and tests. */
  key: string;
  label: string;
  /** The second line: what the thing is, whose, and when. */
  detail: string;
  /** The in-app address it opens (`staff/12/training?requirement=…`), without the leading `#/`. */
  link: string;
}

export interface SearchResults {
  /** The text searched for, as the backend read it. */
  text: string;
  /** Every group's hits, groups in SEARCH_GROUPS order. */
  hits: SearchHit[];
}
