import type { AuditEntry } from '../../shared/domain/audit.ts';
import type { NameOf } from '../../shared/rules/audit-changes.ts';
import { changesOf } from '../../shared/rules/audit-changes.ts';
import { readableSummary } from '../../shared/rules/audit-words.ts';
import type { AuditRow } from './queries.ts';

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** An entry as the page and the export read it: the stored values, and the summary and changes in words. */
export function entryOf({ beforeJson, afterJson, ...row }: AuditRow, nameOf: NameOf): AuditEntry {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  return {
    ...row,
    summary: readableSummary(row.summary),
    before,
    after,
    changes: changesOf(row.entity, before, after, nameOf),
  };
}
