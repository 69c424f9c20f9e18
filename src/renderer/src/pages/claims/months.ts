/** The claim calendar, decided in `shared/rules/claim-calendar.ts` and tested there. */
export { currentClaimMonth, isMonth, pickableMonths } from '../../../../shared/rules/claim-calendar.ts';
export { formatMonth as monthName } from '../../../../shared/rules/dates.ts';
