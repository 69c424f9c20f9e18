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
   * supervisor when `supervisor` is true; the worker themself when `self` is true.
   */
  | { who: 'aboutWorker'; worker: WorkerLocator; change: boolean; supervisor: boolean; self: boolean };

/** Where the worker a call is about is found: a worker id in the input, or the owner of a record it names. */
export type WorkerLocator =
  | { field: string }
  | { field: string; record: 'supervision_session' | 'assessment' | 'training_record' | 'supervision_action' };

/** Reads about a worker: the lead, the viewer, their supervisor and themself. */
export const readAbout = (worker: WorkerLocator): Access => ({
  who: 'aboutWorker',
  worker,
  change: false,
  supervisor: true,
  self: true,
});

/** Changes about a worker by the lead, their supervisor and (where `self`) themself; never the viewer. */
export const changeAbout = (worker: WorkerLocator, who: { supervisor: boolean; self: boolean }): Access => ({
  who: 'aboutWorker',
  worker,
  change: true,
  ...who,
});

export const ANYONE: Access = { who: 'anyone' };
export const SIGNED_IN: Access = { who: 'signedIn' };
export const READERS: Access = { who: 'readers' };
export const LEAD: Access = { who: 'lead' };
