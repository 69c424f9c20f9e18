export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  workerId: number | null;
  summary: string;
  before: unknown;
  after: unknown;
}
