/**
 * Who may call a method, declared beside its input schema and checked at the one door (`backend/dispatch.ts`)
 * before the handler runs. The lead may call everything. In personal mode the computer's user holds every role.
 */
export type Access =
  /** Anyone, signed in or not: the app's status, signing in, accepting an invitation. */
  | { who: 'anyone' }
  /** Anyone signed in; what they get back is cut to what they may see (a list, the matrix). */
  | { who: 'signedIn' }
  /** The lead and the viewer (who reads everything and changes nothing). */
  | { who: 'readers' }
  /** The lead only. */
  | { who: 'lead' }
  /**
   * Data about one worker, found from the input: the lead; the viewer when `change` is false; that worker's
   * supervisor when `supervisor` is true; the worker themself when `self` is true. With several locators
   * (a record named by id and the worker it is saved under), every one must name a worker the caller may reach.
   */
  | {
      who: 'aboutWorker';
      worker: WorkerLocator | readonly WorkerLocator[];
      change: boolean;
      supervisor: boolean;
      self: boolean;
    };

/** The kinds of record a locator can name by id; the backend knows how to find each one's worker. */
export type RecordKind =
  | 'supervision_session'
  | 'assessment'
  | 'training_record'
  | 'supervision_action'
  | 'development_action'
  | 'evidence_file'
  | 'cpd_entry';

/**
 * Where the worker a call is about is found: a worker id in the input, or the owner of a record it names.
 * `field` may be a dotted path into the input (`fields.workerId`). An `optional` locator is skipped when the
 * input leaves its field empty (null or absent), as a save's `id` is for a new record.
 */
export type WorkerLocator =
  { field: string; optional?: boolean } | { field: string; record: RecordKind; optional?: boolean };

/** Reads about a worker: the lead, the viewer, their supervisor and themself. */
export const readAbout = (worker: WorkerLocator | readonly WorkerLocator[]): Access => ({
  who: 'aboutWorker',
  worker,
  change: false,
  supervisor: true,
  self: true,
});

/** Changes about a worker by the lead, their supervisor and (where `self`) themself; never the viewer. */
export const changeAbout = (
  worker: WorkerLocator | readonly WorkerLocator[],
  who: { supervisor: boolean; self: boolean },
): Access => ({
  who: 'aboutWorker',
  worker,
  change: true,
  ...who,
});

export const ANYONE: Access = { who: 'anyone' };
export const SIGNED_IN: Access = { who: 'signedIn' };
export const READERS: Access = { who: 'readers' };
export const LEAD: Access = { who: 'lead' };
