import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import type { AuditAction, AuditRecordKind } from '../../../../shared/domain/audit-kinds.ts';
import {
  AUDIT_ACTION_CODES,
  AUDIT_ACTIONS,
  AUDIT_RECORD_KINDS,
  AUDIT_RECORDS,
  actionLabel,
} from '../../../../shared/domain/audit-kinds.ts';
import { isIsoDate } from '../../../../shared/rules/dates.ts';
import { DateField, dateText, toIsoOrText } from '../../components/DateField.tsx';
import type { AuditFilters } from '../../stores/audit.ts';
import { dataOf } from '../../stores/loadable.ts';
import { staffList } from '../../stores/staff.ts';

interface WorkerOption {
  id: number;
  label: string;
}

// An integrated care system has thousands of workers: the list shows the first 50 that match what is typed.
const firstWorkers = createFilterOptions<WorkerOption>({ limit: 50 });

/** The audit log's filters: worker, action, kind of record and dates, each applied as soon as it is chosen. */
export function AuditFilterBar({
  filters,
  dateErrors,
  onChange,
}: {
  filters: AuditFilters;
  /** The backend's reasons for refusing the dates, by field (`from`, `to`). */
  dateErrors: Record<string, string>;
  onChange(next: AuditFilters): void;
}) {
  const register = staffList.use(null);
  const workers = useMemo(() => (dataOf(register) ?? []).map((w) => ({ id: w.id, label: w.name })), [register]);
  const set = (change: Partial<AuditFilters>) => onChange({ ...filters, ...change });

  return (
    <Box
      role="search"
      aria-label="Filter the audit log"
      sx={{
        display: 'grid',
        // One row on a laptop's screen; narrower, the dates go under the rest.
        gridTemplateColumns: { xs: '1fr 1fr', lg: '3fr 3fr 3fr 2fr 2fr' },
        gap: 2,
        alignItems: 'start',
        mb: 1,
      }}
    >
      <Autocomplete
        size="small"
        options={workers}
        loading={register.status === 'loading'}
        filterOptions={firstWorkers}
        value={workers.find((w) => w.id === filters.workerId) ?? null}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        onChange={(_e, worker) => set({ workerId: worker?.id ?? null })}
        renderInput={(params) => <TextField {...params} label="Worker" />}
      />
      <Autocomplete<AuditAction>
        size="small"
        options={AUDIT_ACTION_CODES}
        groupBy={(code) => AUDIT_ACTIONS[code].area}
        getOptionLabel={actionLabel}
        value={filters.action}
        onChange={(_e, action) => set({ action })}
        renderInput={(params) => <TextField {...params} label="Action" />}
      />
      <Autocomplete<AuditRecordKind>
        size="small"
        options={AUDIT_RECORD_KINDS}
        getOptionLabel={(kind) => AUDIT_RECORDS[kind].many}
        value={filters.entity}
        onChange={(_e, entity) => set({ entity })}
        renderInput={(params) => <TextField {...params} label="Record" />}
      />
      <DateFilter label="From" iso={filters.from} error={dateErrors.from} onChange={(from) => set({ from })} />
      <DateFilter label="To" iso={filters.to} error={dateErrors.to} onChange={(to) => set({ to })} />
    </Box>
  );
}

/**
 * A date filter: applied once the date is whole (or cleared), so nothing is asked for while it is being typed.
 * The address can change it too (Back, Clear filters), and then the field shows the address's date.
 */
function DateFilter(props: {
  label: string;
  iso: string | null;
  error: string | undefined;
  onChange(iso: string | null): void;
}) {
  const [text, setText] = useState(dateText(props.iso));
  const [applied, setApplied] = useState(props.iso);
  if (props.iso !== applied) {
    setApplied(props.iso);
    setText(dateText(props.iso));
  }
  const type = (typed: string) => {
    setText(typed);
    const iso = toIsoOrText(typed);
    if (iso !== null && !isIsoDate(iso)) return;
    setApplied(iso);
    props.onChange(iso);
  };
  return <DateField label={props.label} value={text} onChange={type} error={props.error} />;
}
