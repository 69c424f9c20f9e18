import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { SupervisionSession } from '../../../../shared/domain/supervision.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { useAbilities } from '../../app/abilities.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { addAddendum } from '../../stores/supervision.ts';
import { StaffOnlyField } from './StaffOnlyField.tsx';

/** A locked record's only change: notes added after it, each with its author and time. */
export function Addenda({ session }: { session: SupervisionSession }) {
  const [text, setText] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  // The supervisor (or the lead) adds notes to a locked record; the worker and the viewer read them.
  const mayAdd = useAbilities().mayChange(session.workerId, { supervisor: true, self: false });
  return (
    <Paper component="section" aria-label="Addenda" sx={{ p: 2, mt: 3 }}>
      <Typography variant="h2" gutterBottom>
        Addenda
      </Typography>
      {session.addenda.map((a) => (
        <Typography key={a.id} sx={{ mb: 1 }}>{`${formatUkDateTime(a.createdAt)}, ${a.author}: ${a.text}`}</Typography>
      ))}
      {session.addenda.length === 0 && !mayAdd && <Typography>No addenda.</Typography>}
      {mayAdd && (
        <>
          <StaffOnlyField
            label="Add an addendum"
            value={text}
            onChange={setText}
            error={fieldErrors.text ?? formError ?? undefined}
          />
          <Button
            disabled={busy}
            onClick={() =>
              void submit(async () => {
                await addAddendum(session.id, text);
                setText('');
              })
            }
          >
            Add addendum
          </Button>
        </>
      )}
    </Paper>
  );
}
