import { ROLE_LABELS, ROLES } from '../domain/staff.ts';
import { formatMonth, formatUkDate, isIsoDate } from './dates.ts';
import { withArticle } from './words.ts';

/**
 * An audit entry's summary in the words the page uses. Entries are never rewritten, so those an earlier version
 * wrote keep their codes in the file ("the 2024/25 maximum for hwbc from 2024-04-01"); this reads them aloud:
 * role codes as the role's name, ISO dates as dd/mm/yyyy, claim months as "October 2026", and the articles
 * those versions got wrong ("Started a annual self-assessment").
 */
export function readableSummary(summary: string): string {
  return summary
    .replace(ROLE_CODE, (code: string) => lowerFirst(ROLE_LABELS[code as keyof typeof ROLE_LABELS]))
    .replace(ISO_DATE, (iso: string) => (isIsoDate(iso) ? formatUkDate(iso) : iso))
    .replace(CLAIM_MONTH, (month: string) => formatMonth(month))
    .replace(ARTICLE_WRITTEN, (_whole, verb: string, phrase: string) => `${verb} ${withArticle(phrase)}`);
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

// A code on its own, not part of a requirement's id ("splw-peer-support").
const ROLE_CODE = new RegExp(`(?<![\\w.-])(?:${ROLES.join('|')})(?![\\w.-])`, 'g');
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
// A month as the claims stored it ("for 2026-10"); a full date has become dd/mm/yyyy by now.
const CLAIM_MONTH = /(?<![\d/-])\d{4}-(?:0[1-9]|1[0-2])(?![\d-])/g;
// Only the phrases Linkwork itself wrote "a" into: "Started a annual…", "Recorded a educational supervision session…".
const ARTICLE_WRITTEN = /^(Started|Recorded|Changed) a ([\w-]+ (?:self-assessment|supervision session))/;
