import { entryHash, sha256 } from '../../audit/hash-chain.ts';
import type { Migration } from '../migrate.ts';
import { refuse, unchanged } from './trigger-sql.ts';

const ASSESSMENT_FIXED = ['id', 'worker_id', 'framework_id', 'framework_version', 'kind', 'created_at', 'submitted_at'];
const SIGNED_VERSION_FIXED = ['id', 'assessment_id', 'signed_at', 'signed_by', 'signed_account_id', 'signed_email'];
const SESSION_CONTENT = [
  'id',
  'worker_id',
  'date',
  'kind',
  'supervisor_id',
  'supervisor_name',
  'supervisor_role',
  'duration_minutes',
  'caseload_active',
  'new_referrals',
  'cases_discussed',
  'risks',
  'referrals_back',
  'wellbeing',
  'learning_needs',
  'learning_competency_ids',
  'next_date',
  'created_at',
];
const signature = (who: 'worker' | 'supervisor') =>
  ['name', 'at', 'account_id', 'email'].map((c) => `${who}_signed_${c}`);
const CLAIM_FIXED = [
  'id',
  'month',
  'version',
  'created_at',
  'submitted_on',
  'portal_reference',
  'snapshot',
  'checked_lines',
  'reverted_at',
  'reverted_reason',
];

/** The session a supervision action or addendum belongs to carries a signature. */
const sessionSigned = (row: 'NEW' | 'OLD') =>
  `EXISTS (SELECT 1 FROM supervision_session WHERE id = ${row}.session_id
     AND (worker_signed_at IS NOT NULL OR supervisor_signed_at IS NOT NULL))`;

const assessmentSigned = (row: 'NEW' | 'OLD') =>
  `(SELECT status FROM assessment WHERE id = ${row}.assessment_id) = 'signed'`;

const AUDIT_COLUMNS = 'at, actor, action, entity, entity_id, worker_id, summary, before_json, after_json, seals';

/**
 * Locked records can't be quietly changed, and the audit log shows it if they were.
 *
 * Triggers refuse every change to a signed assessment, a signed supervision record or a submitted claim that
 * Linkwork itself never makes: what remains is exactly what the app does after locking (reopening an assessment,
 * the second signature, marking an action done, adding an addendum, recording a payment). Because anyone with
 * the file can drop a trigger, the audit log becomes a hash chain: each entry keeps the SHA-256 of its content
 * and of the entry before it (`audit/hash-chain.ts`), and `seals` keeps the content hash of each record the entry
 * locked, read from the `locked_record` view, the one definition of what a locked record holds. Existing entries
 * are chained in id order; records locked before this version are sealed by one entry of the upgrade.
 */
export const tamperEvidence: Migration = {
  version: 12,
  name: 'Locked records refuse quiet changes; the audit log becomes a hash chain sealing them',
  functions: {
    content_hash: (content: string) => sha256(content),
    audit_entry_hash: (
      previousHash: string | null,
      id: number,
      at: string,
      actor: string,
      action: string,
      entity: string,
      entityId: number | null,
      workerId: number | null,
      summary: string,
      beforeJson: string | null,
      afterJson: string | null,
      seals: string | null,
    ) =>
      entryHash(previousHash, {
        id,
        at,
        actor,
        action,
        entity,
        entityId,
        workerId,
        summary,
        beforeJson,
        afterJson,
        seals,
      }),
  },
  sql: `
ALTER TABLE audit_log ADD COLUMN seals TEXT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE INDEX assessment_signed_version_by_assessment ON assessment_signed_version (assessment_id, id);

-- What a locked record holds, as one canonical text per record; its SHA-256 is what the audit log seals.
CREATE VIEW locked_record (kind, id, worker_id, dated, content) AS
SELECT 'assessment', a.id, a.worker_id,
       coalesce(a.signed_at, (SELECT max(signed_at) FROM assessment_signed_version WHERE assessment_id = a.id)),
       json_object(
         'assessment', json_array(a.id, a.worker_id, a.framework_id, a.framework_version, a.kind, a.status, a.created_at,
                                  a.submitted_at, a.signed_at, a.signed_by, a.signed_account_id, a.signed_email),
         'ratings', CASE WHEN a.status = 'signed' THEN
           (SELECT json_group_array(json_array(competency_id, self_rating, reflection, evidence_record_ids, agreed_rating,
                                               supervisor_comment) ORDER BY competency_id)
            FROM assessment_rating WHERE assessment_id = a.id) END,
         'signedVersions',
           (SELECT json_group_array(json_array(id, signed_at, signed_by, signed_account_id, signed_email, snapshot,
                                               reopened_at, reopen_reason) ORDER BY id)
            FROM assessment_signed_version WHERE assessment_id = a.id))
FROM assessment a
WHERE a.status = 'signed' OR EXISTS (SELECT 1 FROM assessment_signed_version WHERE assessment_id = a.id)
UNION ALL
SELECT 'supervision', s.id, s.worker_id, s.date,
       json_object(
         'session', json_array(${[...SESSION_CONTENT, ...signature('worker'), ...signature('supervisor')].map((c) => `s.${c}`).join(', ')}),
         'actions',
           (SELECT json_group_array(json_array(id, description, owner, due_date, status) ORDER BY id)
            FROM supervision_action WHERE session_id = s.id),
         'addenda',
           (SELECT json_group_array(json_array(id, text, author, created_at) ORDER BY id)
            FROM supervision_addendum WHERE session_id = s.id))
FROM supervision_session s
WHERE s.worker_signed_at IS NOT NULL AND s.supervisor_signed_at IS NOT NULL
UNION ALL
SELECT 'claim', c.id, NULL, c.month,
       json_array(c.id, c.month, c.version, c.status, c.created_at, c.submitted_on, c.portal_reference, c.paid_on,
                  c.snapshot, c.checked_lines, c.reverted_at, c.reverted_reason)
FROM claim c
WHERE c.status IN ('submitted', 'paid');

-- Records locked before this version: one entry of the upgrade seals them all.
INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, seals)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Linkwork (upgrade)', 'integrity.seal', 'audit_log', NULL,
       'Recorded the content of ' || count(*) || ' signed or submitted records, so that a change made outside Linkwork shows',
       json_group_array(json_object('kind', kind, 'id', id, 'workerId', worker_id, 'dated', dated, 'hash', content_hash(content))
                        ORDER BY kind, id)
FROM locked_record
HAVING count(*) > 0;

-- Every entry so far, chained in id order.
DROP TRIGGER audit_log_is_append_only_update;

CREATE TEMP TABLE audit_chain (id INTEGER PRIMARY KEY, prev_hash TEXT, hash TEXT NOT NULL);

WITH RECURSIVE chain (id, prev_hash, hash) AS (
  SELECT id, NULL, audit_entry_hash(NULL, id, ${AUDIT_COLUMNS})
  FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)
  UNION ALL
  SELECT a.id, chain.hash, audit_entry_hash(chain.hash, a.id, ${AUDIT_COLUMNS.split(', ')
    .map((c) => `a.${c}`)
    .join(', ')})
  FROM chain JOIN audit_log a ON a.id = (SELECT min(id) FROM audit_log WHERE id > chain.id)
)
INSERT INTO audit_chain (id, prev_hash, hash) SELECT id, prev_hash, hash FROM chain;

UPDATE audit_log SET prev_hash = c.prev_hash, hash = c.hash FROM temp.audit_chain c WHERE c.id = audit_log.id;

DROP TABLE temp.audit_chain;

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END;

CREATE TRIGGER audit_log_is_chained BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_log)
  OR NEW.prev_hash IS NOT (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)
  OR NEW.hash IS NULL OR length(NEW.hash) <> 64
${refuse('Audit entries are added by Linkwork only, each chained to the one before')}

-- Competency assessments: signed only after review, reopened only by marking the signed version, never a draft again.
CREATE TRIGGER assessment_starts_as_draft BEFORE INSERT ON assessment
WHEN NEW.status IS NOT 'draft' OR NEW.signed_at IS NOT NULL
${refuse('An assessment starts as a draft')}

CREATE TRIGGER assessment_signed_only_after_review BEFORE UPDATE ON assessment
WHEN NEW.status = 'signed' AND OLD.status IS NOT 'submitted'
${refuse('An assessment is signed only after it has been submitted for review')}

CREATE TRIGGER assessment_never_back_to_draft BEFORE UPDATE ON assessment
WHEN NEW.status = 'draft' AND OLD.status IS NOT 'draft'
${refuse('A submitted or signed assessment never goes back to draft')}

CREATE TRIGGER signed_assessment_only_reopened BEFORE UPDATE ON assessment
WHEN OLD.status = 'signed' AND NOT (
  NEW.status = 'submitted' AND NEW.signed_at IS NULL AND NEW.signed_by IS NULL AND NEW.signed_account_id IS NULL
  AND NEW.signed_email IS NULL AND ${unchanged(ASSESSMENT_FIXED)}
  AND (SELECT reopened_at FROM assessment_signed_version WHERE assessment_id = OLD.id ORDER BY id DESC LIMIT 1) IS NOT NULL)
${refuse('This assessment is signed and locked: only its supervisor can reopen it, in Linkwork')}

CREATE TRIGGER assessment_kept BEFORE DELETE ON assessment
${refuse('Assessments are evidence and are never deleted')}

CREATE TRIGGER signed_assessment_rating_not_added BEFORE INSERT ON assessment_rating
WHEN ${assessmentSigned('NEW')}
${refuse('This assessment is signed and locked')}

CREATE TRIGGER signed_assessment_rating_not_moved BEFORE UPDATE ON assessment_rating
WHEN ${assessmentSigned('NEW')}
${refuse('This assessment is signed and locked')}

CREATE TRIGGER signed_assessment_rating_kept BEFORE DELETE ON assessment_rating
WHEN ${assessmentSigned('OLD')}
${refuse('This assessment is signed and locked')}

CREATE TRIGGER signed_version_written_when_signing BEFORE INSERT ON assessment_signed_version
WHEN NEW.reopened_at IS NOT NULL OR NEW.reopen_reason IS NOT NULL
  OR NOT EXISTS (SELECT 1 FROM assessment WHERE id = NEW.assessment_id AND status = 'signed' AND signed_at = NEW.signed_at)
${refuse('A signed version is written only as its assessment is signed')}

CREATE TRIGGER signed_version_only_marked_reopened BEFORE UPDATE ON assessment_signed_version
WHEN NOT (OLD.reopened_at IS NULL AND NEW.reopened_at IS NOT NULL AND NEW.reopen_reason IS NOT NULL
          AND ${unchanged([...SIGNED_VERSION_FIXED, 'snapshot'])})
${refuse('A signed version of an assessment is never changed: it can only be marked as reopened')}

-- Supervision records: once signed, only the other signature; actions only marked done or open; addenda only added.
CREATE TRIGGER supervision_session_starts_unsigned BEFORE INSERT ON supervision_session
WHEN NEW.worker_signed_at IS NOT NULL OR NEW.supervisor_signed_at IS NOT NULL
${refuse('A supervision record is signed after it is saved, by each person in turn')}

CREATE TRIGGER signed_supervision_session_only_countersigned BEFORE UPDATE ON supervision_session
WHEN (OLD.worker_signed_at IS NOT NULL OR OLD.supervisor_signed_at IS NOT NULL) AND NOT (
  ${unchanged(SESSION_CONTENT)}
  AND (OLD.worker_signed_at IS NULL OR (${unchanged(signature('worker'))}))
  AND (OLD.supervisor_signed_at IS NULL OR (${unchanged(signature('supervisor'))})))
${refuse('This supervision record has been signed, so it is locked: changing it would void the signature')}

CREATE TRIGGER supervision_session_kept BEFORE DELETE ON supervision_session
${refuse('Supervision records are evidence and are never deleted')}

CREATE TRIGGER signed_supervision_action_not_added BEFORE INSERT ON supervision_action
WHEN ${sessionSigned('NEW')}
${refuse('This supervision record has been signed: its actions are fixed')}

CREATE TRIGGER signed_supervision_action_only_marked BEFORE UPDATE ON supervision_action
WHEN (${sessionSigned('OLD')} OR ${sessionSigned('NEW')})
  AND NOT (${unchanged(['id', 'session_id', 'description', 'owner', 'due_date'])})
${refuse('This supervision record has been signed: its actions can only be marked done or open')}

CREATE TRIGGER signed_supervision_action_kept BEFORE DELETE ON supervision_action
WHEN ${sessionSigned('OLD')}
${refuse('This supervision record has been signed: its actions are fixed')}

CREATE TRIGGER supervision_addendum_only_on_locked BEFORE INSERT ON supervision_addendum
WHEN NOT EXISTS (SELECT 1 FROM supervision_session WHERE id = NEW.session_id
                 AND worker_signed_at IS NOT NULL AND supervisor_signed_at IS NOT NULL)
${refuse('Addenda are for records signed by both')}

CREATE TRIGGER supervision_addendum_never_changed BEFORE UPDATE ON supervision_addendum
${refuse('An addendum is never changed: add another')}

CREATE TRIGGER supervision_addendum_kept BEFORE DELETE ON supervision_addendum
${refuse('Addenda are evidence and are never deleted')}

-- ARRS claims: a new claim is a draft; submitted only once checked, with its figures; then only its payment.
CREATE TRIGGER claim_starts_as_draft BEFORE INSERT ON claim
WHEN NEW.status IS NOT 'draft' OR NEW.snapshot IS NOT NULL OR NEW.submitted_on IS NOT NULL
  OR NEW.portal_reference IS NOT NULL OR NEW.paid_on IS NOT NULL
${refuse('A claim starts as a draft')}

CREATE TRIGGER claim_submitted_only_when_checked BEFORE UPDATE ON claim
WHEN NEW.status IN ('submitted', 'paid') AND OLD.status NOT IN ('submitted', 'paid') AND NOT (
  OLD.status = 'checked' AND NEW.status = 'submitted' AND NEW.snapshot IS NOT NULL AND NEW.submitted_on IS NOT NULL
  AND NEW.portal_reference IS NOT NULL AND NEW.paid_on IS NULL)
${refuse('A claim is submitted only once checked, with its figures frozen')}

CREATE TRIGGER submitted_claim_only_paid BEFORE UPDATE ON claim
WHEN OLD.status IN ('submitted', 'paid') AND NOT (
  OLD.status = 'submitted' AND NEW.status = 'paid' AND OLD.paid_on IS NULL AND NEW.paid_on IS NOT NULL
  AND ${unchanged(CLAIM_FIXED)})
${refuse('A submitted claim is frozen: record its payment, or make a new version to amend it')}

CREATE TRIGGER claim_kept BEFORE DELETE ON claim
${refuse('Claims are kept: make a new version to amend one')}
`,
};
