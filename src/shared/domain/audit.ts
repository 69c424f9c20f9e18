/** Who did what to which record, and when: what every audit entry says, whether its values are read or stored. */
export interface AuditEntryFacts {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  workerId: number | null;
  /**
   * What happened: as written when stored; in the page's words on an AuditEntry (rules/audit-words.ts: codes an
   * earlier version wrote are read aloud).
   */
  summary: string;
}

export interface AuditEntry extends AuditEntryFacts {
  /** The values as stored: the evidence. */
  before: unknown;
  after: unknown;
  /** The same values in words, field by field: what the page and the export show. */
  changes: AuditChange[];
}

/** One field an entry changed; `before` is null for a creation, `after` for a removal. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** One problem the integrity check found, in words a lead understands. */
export interface IntegrityFinding {
  /** A locked record, the audit log itself, or a safeguard (trigger or view) in the data file. */
  about: 'record' | 'log' | 'safeguard';
  message: string;
}

/** What checking the audit log's hash chain and every locked record found. */
export interface IntegrityReport {
  checkedAt: string;
  /** Audit entries checked. */
  entries: number;
  /** Signed assessments, supervision records signed by both and submitted claims checked. */
  lockedRecords: number;
  findings: IntegrityFinding[];
}

/** The check made on opening, for the banner: when, and how many problems it found. */
export interface IntegritySummary {
  checkedAt: string;
  problems: number;
}
