import { describe, expect, it } from 'vitest';
import { abilitiesOf } from '../../src/renderer/src/app/roles.ts';
import { signedInAccount } from './signed-in.ts';

const none = new URLSearchParams();

describe('the e-mail reminders page (#/email)', () => {
  it('opens for everyone signed in, whatever their role, as each digest links there', () => {
    const people = [
      signedInAccount({ workerId: 7 }),
      signedInAccount({ colleagueId: 2, superviseeIds: [7] }),
      signedInAccount({ viewer: true, colleagueId: 3 }),
      signedInAccount({ lead: true, colleagueId: 1 }),
    ];
    for (const me of people)
      expect(abilitiesOf({ mode: 'team', me }).refusalOf(['email'], none), JSON.stringify(me)).toBeNull();
    expect(abilitiesOf({ mode: 'team', me: null }).refusalOf(['email'], none)).toBe('sign in first');
  });
});
