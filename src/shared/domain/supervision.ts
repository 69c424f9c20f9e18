import type { SessionActionFields, SessionFields } from '../schemas/supervision.ts';
import type { RequirementStatus } from '../rules/compliance.ts';
import type { Signature } from './signatures.ts';

export type { SessionFields, Signature };

export const MAX_SESSION_MINUTES = 8 * 60;
/**
 * Guidance to compare a link worker's caseload with, not a record of it: NHS England's description of the role
 * gives a typical caseload of 200 to 250 people a year, depending on how complex their needs are.
 */
export const LINK_WORKER_CASELOAD_GUIDANCE = 'A link worker typically supports 200 to 250 people a year';

export const ACTION_STATES = ['open', 'done'] as const;

export interface SessionAction extends SessionActionFields {
  id: number;
  sessionId: number;
}

export interface Addendum {
  id: number;
  text: string;
  author: string;
  createdAt: string;
}

export interface SupervisionSession extends Omit<SessionFields, 'actions'> {
  id: number;
  workerName: string;
  actions: SessionAction[];
  /** The worker's signature: their account in team mode, a typed name in personal mode. */
  workerSignature: Signature | null;
  /** The supervisor's, likewise. */
  supervisorSignature: Signature | null;
  addenda: Addendum[];
  createdAt: string;
}

export const isLocked = (s: Pick<SupervisionSession, 'workerSignature' | 'supervisorSignature'>): boolean =>
  s.workerSignature !== null && s.supervisorSignature !== null;

export interface OpenAction extends SessionAction {
  workerId: number;
  workerName: string;
  sessionDate: string;
  overdue: boolean;
}

export interface Cadence {
  requirementTitle: string;
  lastSession: string | null;
  status: RequirementStatus;
}
