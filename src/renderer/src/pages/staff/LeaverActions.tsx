import Button from '@mui/material/Button';
import { useState } from 'react';
import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import { employmentState } from '../../../../shared/rules/workforce.ts';
import { LeaverDialog } from './LeaverDialog.tsx';
import { ReturnToPostDialog } from './ReturnToPostDialog.tsx';

/**
 * What the lead may do about someone leaving, as it applies: mark them as a leaver; or, once they have a leaving
 * date, correct it, or clear it (they return to post, or are not leaving after all).
 */
export function LeaverActions({ worker, today }: { worker: WorkerRow; today: string }) {
  const [dialog, setDialog] = useState<'date' | 'clear' | null>(null);
  const hasLeft = employmentState(worker, today) === 'left';
  const close = () => setDialog(null);
  return (
    <>
      {worker.leavingDate === null ? (
        <Button variant="outlined" onClick={() => setDialog('date')}>
          Mark as leaver
        </Button>
      ) : (
        <>
          <Button variant="outlined" onClick={() => setDialog('date')}>
            Correct leaving date
          </Button>
          <Button onClick={() => setDialog('clear')}>{hasLeft ? 'Return to post…' : 'Not leaving…'}</Button>
        </>
      )}
      {/* Keyed by the date, so the form opens on the date as it now stands. */}
      <LeaverDialog key={worker.leavingDate ?? 'none'} open={dialog === 'date'} worker={worker} onClose={close} />
      <ReturnToPostDialog open={dialog === 'clear'} worker={worker} hasLeft={hasLeft} onClose={close} />
    </>
  );
}
