import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogueFile } from '../../src/backend/requirements/catalogue-file.ts';
import type { Role } from '../../src/shared/domain/staff.ts';
import type { RecordFacts, RuleFacts, WorkerFacts } from '../../src/shared/rules/compliance.ts';
import { requirementStatus } from '../../src/shared/rules/compliance.ts';

const parsed = parseCatalogueFile(fs.readFileSync('resources/catalogue/requirements.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const catalogue = parsed.catalogue;

/** A requirement of the shipped catalogue as the engine reads it, applying from the start. */
function rule(id: string): RuleFacts {
  const found = catalogue.requirements.find((r) => r.id === id);
  if (!found) throw new Error(`${id} is not in the catalogue`);
  return { ...found, appliesFrom: '2000-01-01' };
}

const settings = { expiringSoonDays: 7 };
const startingOn = (role: Role, startDate: string): WorkerFacts => ({
  role,
  startDate,
  leavingDate: null,
  supervisorId: 1,
  firstContactId: 2,
});
const completedOn = (date: string): RecordFacts => ({ status: 'completed', completedOn: date, expiresOn: null });
const enrolled: RecordFacts = { status: 'enrolled', startDate: '2026-04-13', completedOn: null, expiresOn: null };

describe('catalogue version 2 on pinned dates', () => {
  it('is version 2', () => {
    expect(catalogue.version).toBe(2);
  });

  it("a coach's supervision is due every month: a session 5 weeks ago is overdue, one 2 weeks ago is complete", () => {
    const supervision = rule('supervision-coaching-mentor');
    const coach = startingOn('hwbc', '2026-01-05');
    const status = (today: string, last: string) =>
      requirementStatus(supervision, coach, [completedOn(last)], null, today, settings);
    expect(status('2026-11-24', '2026-10-20')).toMatchObject({
      status: 'overdue',
      date: '2026-11-20',
      reason: 'Last session 20/10/2026; the next was due by 20/11/2026',
    });
    expect(status('2026-11-24', '2026-11-10')).toMatchObject({ status: 'complete', date: '2026-12-10' });
    expect(status('2026-12-05', '2026-11-10')).toMatchObject({ status: 'expiring_soon', date: '2026-12-10' });
  });

  it("a care coordinator's enrolment meets their PCI two-day course, but not their PCSP or SDM e-learning", () => {
    const coordinator = startingOn('care_coordinator', '2026-03-02');
    const status = (id: string) => requirementStatus(rule(id), coordinator, [enrolled], null, '2026-11-24', settings);
    expect(status('cc-pci-two-day')).toMatchObject({ status: 'complete', reason: 'Enrolled since 13/04/2026' });
    expect(status('cc-pcsp-elearning')).toMatchObject({
      status: 'overdue',
      reason: 'In progress; was due by 02/09/2026',
    });
    expect(status('cc-sdm-elearning')).toMatchObject({
      status: 'overdue',
      reason: 'In progress; was due by 02/09/2026',
    });
  });

  it("link workers' and coaches' PCI courses are met by enrolment: undertaking the course counts", () => {
    const undertaking: RecordFacts = { ...enrolled, status: 'in_progress' };
    for (const [id, role] of [
      ['splw-pci-training', 'splw'],
      ['hwbc-pci-coaching', 'hwbc'],
    ] as const) {
      const status = requirementStatus(
        rule(id),
        startingOn(role, '2026-01-05'),
        [undertaking],
        null,
        '2026-11-24',
        settings,
      );
      expect(status, id).toMatchObject({ status: 'complete', reason: 'Enrolled since 13/04/2026' });
    }
  });

  it("a care coordinator's PCSP and SDM e-learning count only once completed: enrolled is still outstanding", () => {
    const coordinator = startingOn('care_coordinator', '2026-03-02');
    for (const id of ['cc-pcsp-elearning', 'cc-sdm-elearning']) {
      const status = (records: RecordFacts[], today: string) =>
        requirementStatus(rule(id), coordinator, records, null, today, settings);
      expect(status([enrolled], '2026-08-20'), id).toMatchObject({
        status: 'not_yet_due',
        reason: 'In progress; due by 02/09/2026',
      });
      expect(status([enrolled], '2026-11-24'), id).toMatchObject({
        status: 'overdue',
        reason: 'In progress; was due by 02/09/2026',
      });
      expect(status([enrolled, completedOn('2026-10-01')], '2026-11-24'), id).toMatchObject({
        status: 'complete',
        reason: 'Completed on 01/10/2026',
      });
    }
  });
});
