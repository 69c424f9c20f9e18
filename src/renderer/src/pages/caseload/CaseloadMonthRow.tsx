import Button from '@mui/material/Button';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { CaseloadCount, CaseloadCounts, CaseloadMonth } from '../../../../shared/domain/caseload.ts';
import { CASELOAD_COUNT_INFO, CASELOAD_COUNTS } from '../../../../shared/domain/caseload.ts';
import { formatMonth } from '../../../../shared/rules/dates.ts';
import type { Parsed } from '../../../../shared/rules/money.ts';
import { typedOrRefused } from '../../components/typedNumbers.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { saveCaseloadMonth } from '../../stores/caseload.ts';

const typed = (month: CaseloadMonth | undefined): Record<CaseloadCount, string> =>
  Object.fromEntries(CASELOAD_COUNTS.map((c) => [c, month ? String(month[c]) : ''])) as Record<CaseloadCount, string>;

/** A count as typed: blank or a whole number (commas allowed); the backend checks the ceiling. */
function parseCount(text: string, field: CaseloadCount): Parsed {
  const digits = text.replace(/,/g, '').trim();
  return /^\d+$/.test(digits)
    ? { ok: true, value: Number(digits) }
    : { ok: false, message: `${CASELOAD_COUNT_INFO[field].label}: enter a whole number (0 if none)` };
}

/** One month of the grid: its five counts, editable where the caller may change them. */
export function CaseloadMonthRow(props: {
  workerId: number;
  month: string;
  held: CaseloadMonth | undefined;
  editable: boolean;
}) {
  const { workerId, month, held, editable } = props;
  // What was typed and not yet saved; until then the row shows the figures held (kept fresh by live updates).
  const [edits, setEdits] = useState<Record<CaseloadCount, string> | null>(null);
  const text = edits ?? typed(held);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const [saved, setSaved] = useState(false);
  const name = formatMonth(month);
  const changed = edits !== null && CASELOAD_COUNTS.some((c) => edits[c] !== typed(held)[c]);
  const buttonLabel = saved && !changed ? 'Saved' : 'Save';
  const save = () =>
    void submit(async () => {
      const counts = typedOrRefused(
        Object.fromEntries(CASELOAD_COUNTS.map((c) => [c, parseCount(text[c], c)])) as Record<CaseloadCount, Parsed>,
      ) as CaseloadCounts;
      await saveCaseloadMonth(workerId, month, counts);
      setEdits(null);
      setSaved(true);
    });
  return (
    <>
      <TableRow aria-label={name}>
        <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
          {name}
        </TableCell>
        {CASELOAD_COUNTS.map((c) => (
          <TableCell key={c} align="right">
            {editable ? (
              <TextField
                size="small"
                value={text[c]}
                onChange={(e) => {
                  setSaved(false);
                  setEdits({ ...text, [c]: e.target.value });
                }}
                onKeyDown={(e) => e.key === 'Enter' && save()}
                error={Boolean(fieldErrors[c] ?? fieldErrors[`counts.${c}`])}
                slotProps={{
                  htmlInput: {
                    inputMode: 'numeric',
                    'aria-label': `${CASELOAD_COUNT_INFO[c].label}, ${name}`,
                    style: { textAlign: 'right', width: '4.5em' },
                  },
                }}
              />
            ) : held ? (
              held[c]
            ) : (
              '—'
            )}
          </TableCell>
        ))}
        {editable && (
          <TableCell>
            <Button size="small" onClick={save} disabled={busy || !changed} aria-label={`${buttonLabel} ${name}`}>
              {buttonLabel}
            </Button>
          </TableCell>
        )}
      </TableRow>
      {formError && (
        <TableRow>
          <TableCell colSpan={7} role="alert" sx={{ color: 'error.main', borderTop: 0 }}>
            {name}: {formError}
          </TableCell>
        </TableRow>
      )}
    </>
  );
}
