/** A calendar day (`YYYY-MM-DD`) as the date pickers' Date: midnight, local time. */
export const dateOfIso = (iso: string): Date =>
  new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** The calendar day of a date picker's Date. */
export const isoOfDate = (date: Date): string =>
  [String(date.getFullYear()).padStart(4, '0'), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
