import { isIsoDate, parseUkDate } from '../../shared/rules/dates.ts';

/** What was typed, read as a search: words to match against names, dates (dd/mm/yyyy), and a claim month. */
export interface SearchText {
  /** The words that are not dates, lower-case; at most MAX_WORDS. */
  words: string[];
  /** Dates typed as dd/mm/yyyy (or YYYY-MM-DD), as `YYYY-MM-DD`. */
  dates: string[];
  /** The whole text read as a month ("November 2026", "Nov 2026", "11/2026", "2026-11"), as `YYYY-MM`. */
  month: string | null;
}

/** More words than this narrow nothing further and would only make longer queries. */
const MAX_WORDS = 6;

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** A month name in full or cut to at least three letters ("Nov", "Sept"), as 1–12; else null. */
function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((full) => full.startsWith(lower));
  return index === -1 ? null : index + 1;
}

/** The text as a month, in any of the four ways people write one; null when it is not one. */
export function readMonth(text: string): string | null {
  const trimmed = text.trim();
  let m = /^(\d{4})-(\d{1,2})$/.exec(trimmed);
  if (m) return monthOf(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (m) return monthOf(Number(m[2]), Number(m[1]));
  m = /^([a-z]+)\.?\s+(\d{4})$/i.exec(trimmed);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month === null ? null : monthOf(Number(m[2]), month);
  }
  return null;
}

const monthOf = (year: number, month: number): string | null =>
  month >= 1 && month <= 12 ? `${year}-${pad(month)}` : null;

export function readSearchText(text: string): SearchText {
  const words: string[] = [];
  const dates: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const date = isIsoDate(word) ? word : parseUkDate(word);
    if (date) dates.push(date);
    else if (words.length < MAX_WORDS) words.push(word.toLowerCase());
  }
  return { words, dates, month: readMonth(text) };
}

/** A LIKE pattern that finds the word anywhere, with LIKE's own wildcards taken literally (ESCAPE '\'). */
export const containing = (word: string): string => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A LIKE pattern for text that starts with the word. */
export const startingWith = (word: string): string => `${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
