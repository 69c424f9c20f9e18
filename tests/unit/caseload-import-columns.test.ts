import { describe, expect, it } from 'vitest';
import { guessColumns, looksLikePatientHeading } from '../../src/backend/caseload/import-columns.ts';

describe('a caseload report’s headings', () => {
  it.each([
    'NHS number',
    'NHS No.',
    'nhs',
    'Patient',
    'Patients',
    'Patient name',
    'Name of patient',
    'Patient ID',
    'Service user',
    'Service user name',
    'Client reference',
    'Date of birth',
    'DOB',
    'D.O.B.',
    'Address line 1',
    'Postcode',
    'Phone number',
    'Telephone no',
    'Mobile',
    'Contact number',
    'Email',
    'Hospital number',
    'MRN',
    'Surname',
    'First name',
  ])('refuse "%s" as identifying a patient', (heading) => {
    expect(looksLikePatientHeading(heading)).toBe(true);
  });

  it.each([
    'Phone contacts',
    'Telephone contacts',
    'Patients supported',
    'Service users supported',
    'Clients supported',
    'Email contacts',
    'Contacts',
    'Clinician',
    'Worker name',
    'Month',
    'Referrals (871731000000106)',
    'Support ended',
  ])('take "%s" as an ordinary heading', (heading) => {
    expect(looksLikePatientHeading(heading)).toBe(false);
  });

  it('guess the counts from headings that count people and contacts', () => {
    const headings = ['Clinician', 'Month', 'Referrals', 'Phone contacts', 'Patients supported', 'Ended'];
    expect(guessColumns(headings)).toEqual({
      worker: 0,
      month: 1,
      referralsAccepted: 2,
      contacts: 3,
      supportedAtEnd: 4,
      supportEnded: 5,
    });
  });
});
