import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import { isValid } from 'date-fns';
import type { FieldSelectedSections } from '@mui/x-date-pickers/models';
import { useState } from 'react';
import { formatUkDate, parseUkDate } from '../../../shared/rules/dates.ts';
import type { DateKind } from '../../../shared/rules/plausible.ts';
import { dateWindow } from '../../../shared/rules/plausible.ts';
import { useAppStore } from '../stores/app.ts';
import { dateOfIso, isoOfDate } from './calendarDays.ts';

/** What the field holds for a date typed only in part, or one that does not exist (31/02): sent, it is refused by name. */
const UNFINISHED = 'unfinished date';

function dateOfText(text: string): Date | null {
  const iso = parseUkDate(text);
  return iso ? dateOfIso(iso) : null;
}

/** What people type between day, month and year; "1/4/2025" then reads as 01/04/2025. */
const SEPARATORS = ['/', '.', '-', ' '];

function textOfDate(date: Date | null): string {
  if (date === null) return '';
  return isValid(date) ? formatUkDate(isoOfDate(date)) : UNFINISHED;
}

/**
 * A date, typed as dd/mm/yyyy or chosen from a calendar (MUI X, en-GB). The page keeps the date as dd/mm/yyyy
 * text and `toIsoOrText` gives the store `YYYY-MM-DD`, so the pages did not change when the calendar came.
 * With `kind`, the calendar offers only the days that date can plausibly be (rules/plausible.ts: nothing in the
 * future for something that has happened); a date typed outside them still goes to the backend, which says why.
 */
export function DateField(props: {
  label: string;
  value: string;
  onChange(text: string): void;
  error?: string | undefined;
  required?: boolean;
  helperText?: string;
  kind?: DateKind;
}) {
  const today = useAppStore((s) => s.status?.today);
  const plausible = props.kind && today ? dateWindow(props.kind, today) : null;
  // The picker's own value, so a date half typed stays as typed while the page holds UNFINISHED.
  const [shown, setShown] = useState(() => ({ text: props.value, date: dateOfText(props.value) }));
  if (shown.text !== props.value) setShown({ text: props.value, date: dateOfText(props.value) });
  // The picker moves on by itself once a day or month cannot take another digit ("4", "12"); a separator typed
  // after one digit ("1/") moves on too, and one typed where the picker has just moved on (still empty) is ignored.
  const [section, setSection] = useState<FieldSelectedSections>(null);

  return (
    <DesktopDatePicker
      label={props.label}
      value={shown.date}
      onChange={(date) => {
        const text = textOfDate(date);
        setShown({ text, date });
        props.onChange(text);
      }}
      selectedSections={section}
      onSelectedSectionsChange={setSection}
      {...(plausible ? { minDate: dateOfIso(plausible.from), maxDate: dateOfIso(plausible.to) } : {})}
      slotProps={{
        textField: {
          required: props.required ?? false,
          // The backend's message decides: a date half typed is not marked wrong while it is being typed.
          error: Boolean(props.error),
          helperText: props.error ?? props.helperText ?? 'dd/mm/yyyy',
          size: 'small',
          fullWidth: true,
          onKeyDown: (event) => {
            if (!SEPARATORS.includes(event.key)) return;
            event.preventDefault();
            const typedIn = event.target as HTMLElement;
            const sections = [...event.currentTarget.querySelectorAll('[role="spinbutton"]')];
            const at = sections.indexOf(typedIn);
            if (at >= 0 && at < sections.length - 1 && typedIn.hasAttribute('aria-valuenow')) setSection(at + 1);
          },
        },
        openPickerButton: { 'aria-label': `Choose the ${props.label.toLowerCase()} from a calendar` },
      }}
    />
  );
}

export const dateText = (iso: string | null): string => formatUkDate(iso);

/** Empty text is null; a real dd/mm/yyyy date is ISO; anything else goes as typed for the backend to reject by name. */
export function toIsoOrText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return parseUkDate(trimmed) ?? trimmed;
}
