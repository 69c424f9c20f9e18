import { describe, expect, it } from 'vitest';
import type { SignedInAccount } from '../../src/shared/domain/app.ts';
import { abilitiesOf } from '../../src/renderer/src/app/roles.ts';
import { signedInAccount } from './signed-in.ts';

const team = (me: SignedInAccount | null) => abilitiesOf({ mode: 'team', me });
const none = new URLSearchParams();
const menuOf = (a: ReturnType<typeof abilitiesOf>) => a.menu.map((s) => s.label);
const EVERYTHING = [
  'Home',
  'Staff register',
  'Training matrix',
  'Compliance reports',
  'Caseload',
  'ARRS claims',
  'Competencies',
  'Supervision actions',
  'Organisation',
  'Import spreadsheets',
  'Settings',
  'Backups',
  'Audit log',
];
/** The viewer's: everything but the pages that only change things. */
const TO_READ = EVERYTHING.filter((label) => label !== 'Import spreadsheets' && label !== 'Backups');

describe('what each role sees and may change', () => {
  it('gives personal mode and the lead everything, with the home page first', () => {
    for (const abilities of [abilitiesOf({ mode: 'personal', me: null }), team(signedInAccount({ lead: true }))]) {
      expect(menuOf(abilities)).toEqual(EVERYTHING);
      expect(abilities).toMatchObject({ readsAll: true, changesAll: true, home: 'home' });
      expect(abilities.refusalOf(['staff', 'new'], none)).toBeNull();
      expect(abilities.mayChange(5, { supervisor: false, self: false })).toBe(true);
    }
  });

  it('lets the viewer open everything and change nothing', () => {
    const viewer = team(signedInAccount({ viewer: true }));
    expect(menuOf(viewer)).toEqual(TO_READ);
    expect(viewer).toMatchObject({ readsAll: true, changesAll: false, home: 'home' });
    expect(viewer.refusalOf(['import'], none)).toMatch(/importing spreadsheets is for the PCN workforce lead/);
    expect(viewer.refusalOf(['backups'], none)).toMatch(/backups are for the PCN workforce lead/);
    expect(viewer.refusalOf(['claims'], none)).toBeNull();
    expect(viewer.refusalOf(['staff', '5', 'pay'], none)).toBeNull();
    expect(viewer.refusalOf(['staff', 'new'], none)).toMatch(/lead/);
    expect(viewer.mayChange(5, { supervisor: true, self: true })).toBe(false);
  });

  it("gives a worker their own page only: their home, and no one else's", () => {
    const worker = team(signedInAccount({ workerId: 7 }));
    expect(menuOf(worker)).toEqual(['Home', 'My page', 'E-mail reminders']);
    expect(worker).toMatchObject({ readsAll: false, changesAll: false, home: 'home' });
    expect(worker.refusalOf(['home'], none)).toBeNull();
    expect(worker.refusalOf(['staff', '7', 'competencies'], none)).toBeNull();
    expect(worker.refusalOf(['assessments', '3'], none)).toBeNull();
    for (const path of [['staff'], ['staff', '8'], ['staff', '7', 'pay'], ['matrix'], ['claims'], ['settings']])
      expect(worker.refusalOf(path, none), path.join('/')).not.toBeNull();
    expect(worker.refusalOf(['supervision', 'new'], new URLSearchParams('worker=7'))).not.toBeNull();
    expect(worker.mayChange(7, { supervisor: false, self: true })).toBe(true);
    expect(worker.mayChange(7, { supervisor: true, self: false })).toBe(false);
    expect(worker.mayChange(8, { supervisor: true, self: true })).toBe(false);
  });

  it('gives a supervisor their supervisees, whose supervision they record; a worker who supervises has both', () => {
    const gp = team(signedInAccount({ colleagueId: 2, superviseeIds: [7, 9] }));
    expect(menuOf(gp)).toEqual(['Home', 'My supervisees', 'Supervision actions', 'E-mail reminders']);
    expect(gp.home).toBe('home');
    expect(gp.wayHome).toEqual({ href: '#/supervisees', label: 'Back to my supervisees' });
    expect(gp.refusalOf(['staff', '9', 'supervision'], none)).toBeNull();
    expect(gp.refusalOf(['staff', '8'], none)).not.toBeNull();
    expect(gp.refusalOf(['supervision', 'new'], new URLSearchParams('worker=9'))).toBeNull();
    expect(gp.refusalOf(['supervision', 'new'], new URLSearchParams('worker=8'))).not.toBeNull();
    expect(gp.mayChange(9, { supervisor: true, self: false })).toBe(true);
    expect(gp.mayChange(9, { supervisor: false, self: true })).toBe(false);

    const both = team(signedInAccount({ workerId: 4, colleagueId: 3, superviseeIds: [5] }));
    expect(menuOf(both)).toEqual(['Home', 'My page', 'My supervisees', 'Supervision actions', 'E-mail reminders']);
    expect(both.refusalOf(['staff', '4'], none)).toBeNull();
    expect(both.refusalOf(['staff', '5'], none)).toBeNull();
  });

  it('opens nothing to someone signed out', () => {
    const out = team(null);
    expect(out.menu).toEqual([]);
    expect(out.refusalOf(['staff'], none)).not.toBeNull();
  });
});
