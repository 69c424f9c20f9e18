import { matchKey } from './mapping.ts';

/**
 * Each template carries one example row: this person, on this date (the start date in the staff register's, the
 * completion date in the training records'). An import skips a row naming this person on this date, so a template
 * filled in below its example imports cleanly whether or not the example was deleted.
 */
export const EXAMPLE_NAME = 'Example Person';
export const EXAMPLE_DATE = '2025-04-01';

export const isTemplateExample = (name: string, date: string | null | undefined): boolean =>
  date === EXAMPLE_DATE && matchKey(name) === matchKey(EXAMPLE_NAME);

export const EXAMPLE_SKIPPED = 'The template’s example row: skipped';
