import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import type { DateBuilderReturnType } from '@mui/x-date-pickers/models';
import { enGB } from 'date-fns/locale/en-GB';
import type { ReactNode } from 'react';
import { useAppStore } from '../stores/app.ts';
import { dateOfIso } from './calendarDays.ts';

/** The date fields' placeholders match the hint under them: dd/mm/yyyy. */
const WORDS = {
  fieldDayPlaceholder: () => 'dd',
  fieldMonthPlaceholder: () => 'mm',
  fieldYearPlaceholder: (params: { digitAmount: number }) => 'y'.repeat(params.digitAmount),
};

/**
 * date-fns for the pickers, with Linkwork's today (the backend's, or the day pinned with --today) as their
 * "now": the calendar opens on it and rings it, as every status and due date is worked out on it, and the
 * computer's clock plays no part.
 */
class LinkworkDays extends AdapterDateFns {
  constructor(...args: ConstructorParameters<typeof AdapterDateFns>) {
    super(...args);
    const date = this.date;
    this.date = <T extends string | null | undefined>(value?: T): DateBuilderReturnType<T> => {
      const today = useAppStore.getState().status?.today;
      return value === undefined && today ? (dateOfIso(today) as DateBuilderReturnType<T>) : date(value);
    };
  }
}

/** Every date picker in the app reads and writes dates the British way (dd/mm/yyyy, weeks from Monday). */
export function DateLocalization({ children }: { children: ReactNode }) {
  return (
    <LocalizationProvider dateAdapter={LinkworkDays} adapterLocale={enGB} localeText={WORDS}>
      {children}
    </LocalizationProvider>
  );
}
