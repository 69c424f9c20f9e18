/**
 * A count with its noun, singular for exactly one: "1 day", "2 days", "1,250 people". The number is written
 * en-GB (thousands separated); `many` is the plural when it is not the noun with an "s" ("person", "people").
 */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** A whole number of days from today as words: "today", "in 1 day", "in 12 days", "3 days ago". */
export function daysAway(days: number): string {
  if (days === 0) return 'today';
  return days > 0 ? `in ${countOf(days, 'day')}` : `${countOf(-days, 'day')} ago`;
}

/** A phrase after "a" or "an" as it sounds: "an annual review", "a baseline", "a one-to-one", "a user". */
export function withArticle(phrase: string): string {
  return `${/^(?!one\b|one-|onc|us[eu]|uni|eu)[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}
