import type { Migration } from '../migrate.ts';

const draftOnly = (event: 'INSERT' | 'UPDATE' | 'DELETE') => {
  const row = event === 'DELETE' ? 'OLD' : 'NEW';
  return `CREATE TRIGGER claim_line_decision_draft_${event.toLowerCase()} BEFORE ${event} ON claim_line_decision
WHEN (SELECT status FROM claim WHERE id = ${row}.claim_id) IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'A line decision can change only while its claim is a draft'); END;`;
};

const CHECK_AGAIN =
  'It was marked as checked before Linkwork kept the figures a claim is checked with: check it again.';

/**
 * A claim stops on blocked lines: each is resolved, excluded from the month or overridden, with a reason, per
 * claim version. A checked claim keeps the figures it was checked with, so a later change can send it back to
 * draft, saying what changed.
 */
export const claimDecisions: Migration = {
  version: 8,
  name: 'Line decisions per claim version; the figures a claim was checked with',
  sql: `
CREATE TABLE claim_line_decision (
  claim_id INTEGER NOT NULL REFERENCES claim (id),
  worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
  decision TEXT NOT NULL CHECK (decision IN ('exclude', 'override')),
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (claim_id, worker_id)
) STRICT;

${(['INSERT', 'UPDATE', 'DELETE'] as const).map(draftOnly).join('\n\n')}

ALTER TABLE claim ADD COLUMN checked_lines TEXT;
ALTER TABLE claim ADD COLUMN reverted_at TEXT;
ALTER TABLE claim ADD COLUMN reverted_reason TEXT;

-- A claim checked before now was checked without these rules and without its figures kept: it is checked again.
UPDATE claim SET status = 'draft', reverted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), reverted_reason = '${CHECK_AGAIN}'
WHERE status = 'checked';

INSERT INTO audit_log (at, actor, action, entity, entity_id, summary)
SELECT reverted_at, 'Linkwork (upgrade)', 'claim.revert', 'claim', id, 'Returned the ARRS claim for ' || month || ' to draft. ${CHECK_AGAIN}'
FROM claim WHERE reverted_reason = '${CHECK_AGAIN}';
`,
};
