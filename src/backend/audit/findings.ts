import type { Database } from 'better-sqlite3';
import type { IntegrityFinding } from '../../shared/domain/audit.ts';
import { formatMonth, formatUkDate, formatUkDateTime, ukDateOf } from '../../shared/rules/dates.ts';
import { sql } from '../db/statements.ts';
import type { Seal } from './seals.ts';

/** The words for every problem the integrity check can find. */

const workerName = (db: Database, id: number | null): string =>
  (id !== null && (sql(db, 'SELECT name FROM worker WHERE id = ?').get(id) as { name: string } | undefined)?.name) ||
  'a worker no longer in the register';

/** "the supervision record of Amira Khan on 03/02/2026", from what the seal (or the record) says of it. */
export function recordInWords(db: Database, r: Pick<Seal, 'kind' | 'workerId' | 'dated'>): string {
  switch (r.kind) {
    case 'assessment':
      return `the competency assessment of ${workerName(db, r.workerId)} signed on ${formatUkDate(ukDateOf(new Date(r.dated)))}`;
    case 'supervision':
      return `the supervision record of ${workerName(db, r.workerId)} on ${formatUkDate(r.dated)}`;
    case 'claim':
      return `the ARRS claim for ${formatMonth(r.dated)}`;
  }
}

const lockedAs = (kind: Seal['kind']): string => (kind === 'claim' ? 'submitted' : 'signed');
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const finding = (about: IntegrityFinding['about'], message: string): IntegrityFinding => ({ about, message });

export const recordFindings = {
  changed: (db: Database, r: Seal) =>
    finding('record', `${capital(recordInWords(db, r))} was changed outside Linkwork after it was ${lockedAs(r.kind)}`),
  unsealed: (db: Database, r: Pick<Seal, 'kind' | 'workerId' | 'dated'>) =>
    finding(
      'record',
      `${capital(recordInWords(db, r))} was marked as ${lockedAs(r.kind)} outside Linkwork: the audit log has no record of it`,
    ),
  unlocked: (db: Database, r: Seal) =>
    finding(
      'record',
      `${capital(recordInWords(db, r))} is no longer ${lockedAs(r.kind)}: it was unlocked outside Linkwork`,
    ),
  deleted: (db: Database, r: Seal) =>
    finding('record', `${capital(recordInWords(db, r))} was deleted outside Linkwork after it was ${lockedAs(r.kind)}`),
};

const entries = (n: number): string =>
  n === 1 ? '1 audit entry is' : `${n.toLocaleString('en-GB')} audit entries are`;
const quoted = (summary: string): string => `“${summary.length > 80 ? `${summary.slice(0, 79)}…` : summary}”`;

export const logFindings = {
  /** A run of entries whose content no longer matches its hash: added or changed with SQL. */
  altered: (first: { at: string; summary: string }, last: { at: string }, count: number) =>
    finding(
      'log',
      count === 1
        ? `The audit entry of ${formatUkDateTime(first.at)} (${quoted(first.summary)}) was added or changed outside Linkwork`
        : `${count.toLocaleString('en-GB')} audit entries from ${formatUkDateTime(first.at)} to ${formatUkDateTime(last.at)} were added or changed outside Linkwork`,
    ),
  missingBetween: (count: number, before: { at: string } | null, after: { at: string }) =>
    finding(
      'log',
      before
        ? `${entries(count)} missing between ${formatUkDateTime(before.at)} and ${formatUkDateTime(after.at)}`
        : `${entries(count)} missing before ${formatUkDateTime(after.at)}`,
    ),
  brokenLink: (at: string) =>
    finding(
      'log',
      `The audit entries before ${formatUkDateTime(at)} were removed or replaced outside Linkwork: the entry of ${formatUkDateTime(at)} does not follow on from them`,
    ),
  missingAtEnd: (count: number, lastKept: { at: string } | null, lastWritten: string) =>
    finding(
      'log',
      lastKept
        ? `${entries(count)} missing after ${formatUkDateTime(lastKept.at)} (Linkwork last wrote one on ${formatUkDateTime(lastWritten)}). If this data file was restored from a backup, that explains it; otherwise they were removed outside Linkwork`
        : `The audit log is empty: ${count === 1 ? 'the one entry' : `all ${count.toLocaleString('en-GB')} entries`} Linkwork wrote, the last on ${formatUkDateTime(lastWritten)}, ${count === 1 ? 'was' : 'were'} removed outside Linkwork`,
    ),
  rewritten: (lastWritten: string) =>
    finding(
      'log',
      `The audit log was rewritten outside Linkwork: the entry Linkwork wrote on ${formatUkDateTime(lastWritten)} is no longer as it was`,
    ),
  noAnchor: (anchorName: string) =>
    finding(
      'log',
      `Linkwork's note of the end of the audit log (${anchorName}, kept beside the data file) is missing or unreadable, so entries removed from the end of the log could not be checked. This is expected only if the data file was copied or moved without it`,
    ),
  emptyWithData: () =>
    finding('log', 'The audit log is empty although this data file holds a PCN: it was emptied outside Linkwork'),
  unfinished: (reason: string) => finding('log', `Linkwork could not finish checking this data file: ${reason}`),
};

const TABLES_IN_WORDS: Record<string, string> = {
  audit_log: 'the audit log',
  assessment: 'competency assessments',
  assessment_rating: 'competency assessments',
  assessment_signed_version: 'competency assessments',
  supervision_session: 'supervision records',
  supervision_action: 'supervision records',
  supervision_addendum: 'supervision records',
  claim: 'ARRS claims',
  claim_line_decision: 'ARRS claims',
  training_record: 'training records',
  locked_record: 'what signed and submitted records hold',
};

/** What a table holds, in words: safeguards on tables that read the same are reported together. */
export const tableInWords = (table: string): string => TABLES_IN_WORDS[table] ?? table;

/** Safeguards on the same kind of record that changed the same way, said once: "3 safeguards on … were removed". */
function safeguards(names: readonly string[], table: string, what: string): IntegrityFinding {
  const subject =
    names.length === 1
      ? `The safeguard on ${tableInWords(table)} (${names[0]}) was`
      : `${names.length} safeguards on ${tableInWords(table)} (${names.join(', ')}) were`;
  return finding('safeguard', `${subject} ${what}`);
}

export const safeguardFindings = {
  removed: (names: readonly string[], table: string) =>
    safeguards(names, table, 'removed from the data file outside Linkwork'),
  altered: (names: readonly string[], table: string) => safeguards(names, table, 'altered outside Linkwork'),
  added: (names: readonly string[], table: string) =>
    finding(
      'safeguard',
      `${names.length === 1 ? 'A trigger or view' : `${names.length} triggers or views`} Linkwork does not know (${names.join(', ')}, on ${tableInWords(table)}) ${names.length === 1 ? 'was' : 'were'} added to the data file`,
    ),
};
