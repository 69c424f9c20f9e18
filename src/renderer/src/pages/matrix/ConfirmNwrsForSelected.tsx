import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { countOf } from '../../../../shared/rules/words.ts';
import { href } from '../../app/router.ts';
import { useAppStore } from '../../stores/app.ts';
import { monthName } from '../claims/months.ts';
import { useCurrentClaimMonth } from '../claims/useCurrentClaimMonth.ts';
import type { Person } from './ConfirmNwrsDialog.tsx';
import { ConfirmNwrsDialog } from './ConfirmNwrsDialog.tsx';

/**
 * "Confirm NWRS…" for the people picked in the matrix, and what the last confirmation changed, with the way to
 * that month's claim. The month offered first is the claim being prepared now (until the claim day is known
 * from the settings, this month).
 */
export function ConfirmNwrsForSelected({ people }: { people: readonly Person[] }) {
  const today = useAppStore((s) => s.status?.today ?? '');
  const current = useCurrentClaimMonth();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<{ month: string; changed: number } | null>(null);
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        Confirm NWRS…
      </Button>
      {/* Last in the bar, after "Clear selection", however the bar is laid out. */}
      <Typography role="status" sx={{ order: 1 }}>
        {done && (
          <>
            {`NWRS record for ${monthName(done.month)} confirmed on ${countOf(done.changed, 'line')}${done.changed === 0 ? ' (all were confirmed already)' : ''}. `}
            <Link href={href(`claims?month=${done.month}`)}>{`Open the ${monthName(done.month)} claim`}</Link>
          </>
        )}
      </Typography>
      {open && (
        <ConfirmNwrsDialog
          people={people}
          today={today}
          defaultMonth={current.status === 'ready' ? current.data : today.slice(0, 7)}
          onClose={() => setOpen(false)}
          onConfirmed={(result) => {
            setOpen(false);
            setDone(result);
          }}
        />
      )}
    </>
  );
}
