import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ClaimLineView } from '../../../../shared/domain/claims.ts';
import { formatMonth } from '../../../../shared/rules/dates.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { setNwrsForLines } from '../../stores/claims.ts';
import { attempt } from '../../stores/notices.ts';

const lines = (n: number) => countOf(n, 'line');

/**
 * The month's NWRS record confirmed for every line shown (the search and "blocked only" narrow it) in one
 * step, with the count; taken back the same way.
 */
export function NwrsForLines({ month, shown }: { month: string; shown: ClaimLineView[] }) {
  const [last, setLast] = useState<{ confirmed: boolean; workerIds: number[]; changed: number } | null>(null);
  const [working, setWorking] = useState(false);
  const unconfirmed = shown.filter((l) => !l.nwrsConfirmed).map((l) => l.workerId);
  const confirmed = shown.filter((l) => l.nwrsConfirmed).map((l) => l.workerId);

  const run = (confirm: boolean, workerIds: number[]) => {
    setWorking(true);
    attempt(confirm ? 'confirm the NWRS records' : 'take back the NWRS confirmations', async () => {
      try {
        const changed = await setNwrsForLines(month, workerIds, confirm);
        setLast({ confirmed: confirm, workerIds, changed });
      } finally {
        setWorking(false);
      }
    });
  };

  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      {unconfirmed.length > 0 ? (
        <Button variant="outlined" disabled={working} onClick={() => run(true, unconfirmed)}>
          {`Confirm NWRS for ${lines(unconfirmed.length)}`}
        </Button>
      ) : (
        confirmed.length > 0 && (
          <Button disabled={working} onClick={() => run(false, confirmed)}>
            {`Take back NWRS for ${lines(confirmed.length)}`}
          </Button>
        )
      )}
      <Typography role="status" variant="body2" color="text.secondary">
        {last &&
          (last.confirmed
            ? `NWRS record for ${formatMonth(month)} confirmed on ${lines(last.changed)}.`
            : `NWRS confirmation taken back on ${lines(last.changed)}.`)}
      </Typography>
      {last?.confirmed && last.changed > 0 && (
        <Button size="small" disabled={working} onClick={() => run(false, last.workerIds)}>
          Undo
        </Button>
      )}
    </Box>
  );
}
