import { describe, expect, it } from 'vitest';
import type { SignedInAccount } from '../../src/shared/domain/app.ts';
import { abilitiesOf } from '../../src/renderer/src/app/roles.ts';

const account = (change: Partial<SignedInAccount>): SignedInAccount => ({
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
const none = new URLSearchParams();

describe('the e-mail reminders page (#/email)', () => {
  it('opens for everyone signed in, whatever their role, as each digest links there', () => {
    const people = [
      account({ workerId: 7 }),
      account({ colleagueId: 2, superviseeIds: [7] }),
      account({ viewer: true, colleagueId: 3 }),
      account({ lead: true, colleagueId: 1 }),
    ];
    for (const me of people)
      expect(abilitiesOf({ mode: 'team', me }).refusalOf(['email'], none), JSON.stringify(me)).toBeNull();
    expect(abilitiesOf({ mode: 'team', me: null }).refusalOf(['email'], none)).toBe('sign in first');
  });
});
