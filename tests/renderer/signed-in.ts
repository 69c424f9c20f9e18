import type { SignedInAccount } from '../../src/shared/domain/app.ts';

/** Someone signed in with no role and no person linked, as the renderer sees them; `change` gives what matters. */
export const signedInAccount = (change: Partial<SignedInAccount> = {}): SignedInAccount => ({
  accountId: 1,
  name: 'Someone',
  email: 'someone@nhs.net',
  lead: false,
  viewer: false,
  workerId: null,
  colleagueId: null,
  superviseeIds: [],
  ...change,
});
