/** Who is calling: the computer's user in personal mode, or a signed-in account (or nobody) in team mode. */
export type Caller =
  | { kind: 'personal' }
  | { kind: 'anonymous' }
  | {
      kind: 'account';
      accountId: number;
      email: string;
      name: string;
      lead: boolean;
      viewer: boolean;
      /** The worker this account is, if it is a worker's. */
      workerId: number | null;
      /** The colleague this account is, if any: a supervisor is the colleague named on a worker's record. */
      colleagueId: number | null;
    };

export const PERSONAL: Caller = { kind: 'personal' };
export const ANONYMOUS: Caller = { kind: 'anonymous' };

/** Sees and changes everything: the computer's user in personal mode, or the lead. */
export function isAllPowerful(caller: Caller): boolean {
  return caller.kind === 'personal' || (caller.kind === 'account' && caller.lead);
}

/** Reads everything: the above, and the viewer. */
export function readsEverything(caller: Caller): boolean {
  return isAllPowerful(caller) || (caller.kind === 'account' && caller.viewer);
}
