import type { EvidenceLink } from './requirements.ts';

/** A kind of CPD (peer-support network, webinar, course...): catalogue data, resources/catalogue/cpd.json. */
export interface CpdKind {
  id: string;
  label: string;
}

/** One thing a person attended or studied, with what it taught them. Hours are in quarters of an hour. */
export interface CpdEntry {
  id: number;
  workerId: number;
  date: string;
  kind: string;
  title: string;
  hours: number;
  learned: string;
  practiceChange: string;
  competencyIds: string[];
  evidence: EvidenceLink | null;
  /** Set when logged from a suggestion: the event and its date, so it is not suggested again. */
  eventKey: string | null;
  createdAt: string;
  createdBy: string;
}

/** A recurring event held on a date up to today that the person has not logged: one click logs it. */
export interface CpdSuggestion {
  eventKey: string;
  title: string;
  organiser: string;
  kind: string;
  date: string;
  start: string;
  end: string;
  hours: number;
}

export interface CpdLog {
  entries: CpdEntry[];
  kinds: CpdKind[];
  suggestions: CpdSuggestion[];
}

/** The fewest and most hours one entry may claim: a quarter of an hour to a long course. */
export const CPD_HOURS = { min: 0.25, max: 100 } as const;
