import type { Migration } from '../migrate.ts';

/**
 * Some requirements are met by being enrolled in or undertaking the training (the PCI-accredited courses: "enrolled
 * in, undertaking or qualified from"), others only once it is completed. Each requirement says which; the built-in
 * PCI courses a database already holds, as the catalogue shipped them, are met by enrolment.
 */
export const metByEnrolment: Migration = {
  version: 25,
  name: 'A requirement met by enrolment in the training, or only by completing it',
  sql: `
ALTER TABLE requirement ADD COLUMN met_by TEXT NOT NULL DEFAULT 'completion' CHECK (met_by IN ('completion', 'enrolment'));

UPDATE requirement SET met_by = 'enrolment'
WHERE origin = 'catalogue' AND check_kind = 'record' AND id IN ('splw-pci-training', 'cc-pci-two-day', 'hwbc-pci-coaching');
`,
};
