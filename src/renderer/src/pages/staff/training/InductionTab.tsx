import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { WorkerCompliance, WorkerRequirement } from '../../../../../shared/domain/compliance.ts';
import { isRequired } from '../../../../../shared/rules/compliance.ts';
import { formatUkDate } from '../../../../../shared/rules/dates.ts';
import { inForce, withdrawalInWords } from '../../../../../shared/rules/record-history.ts';
import { countOf } from '../../../../../shared/rules/words.ts';
import { useAbilities } from '../../../app/abilities.ts';
import { DateField, toIsoOrText } from '../../../components/DateField.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { useSubmit } from '../../../components/useSubmit.ts';
import { useAppStore } from '../../../stores/app.ts';
import { workerCompliance } from '../../../stores/compliance.ts';
import { attempt } from '../../../stores/notices.ts';
import { downloadInductionChecklist, recordTraining } from '../../../stores/training.ts';
import { Loaded } from './Loaded.tsx';
import { UndoTickDialog } from './UndoTickDialog.tsx';

function TickDialog(props: { workerId: number; item: WorkerRequirement; today: string; onClose(): void }) {
  const actingAs = useAppStore((s) => s.status?.currentUser.person?.name ?? '');
  const [date, setDate] = useState(formatUkDate(props.today));
  const [signedOffBy, setSignedOffBy] = useState(actingAs);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <FormDialog
      open
      title={props.item.requirement.title}
      submitLabel="Tick as done"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await recordTraining({
            workerId: props.workerId,
            requirementId: props.item.requirement.id,
            status: 'completed',
            completedOn: toIsoOrText(date),
            signedOffBy: signedOffBy.trim() === '' ? null : signedOffBy,
          });
          props.onClose();
        })
      }
    >
      <DateField label="Done on" kind="past" required value={date} onChange={setDate} error={fieldErrors.completedOn} />
      <TextField
        label="Signed off by"
        value={signedOffBy}
        onChange={(e) => setSignedOffBy(e.target.value)}
        error={Boolean(fieldErrors.signedOffBy)}
        helperText={fieldErrors.signedOffBy ?? 'The person confirming it was done'}
      />
    </FormDialog>
  );
}

/** The induction checklist: tick, date and who signed it off; printable for the personnel file. */
export function InductionTab({ workerId }: { workerId: number }) {
  const state = workerCompliance.use(workerId);
  return (
    <Loaded state={state} workerId={workerId}>
      {(compliance) => <InductionChecklist workerId={workerId} compliance={compliance} />}
    </Loaded>
  );
}

function InductionChecklist({ workerId, compliance }: { workerId: number; compliance: WorkerCompliance }) {
  const [ticking, setTicking] = useState<WorkerRequirement | null>(null);
  const [undoing, setUndoing] = useState<WorkerRequirement | null>(null);
  const { mayChange } = useAbilities();
  const mayTick = mayChange(workerId, { supervisor: true, self: true });
  // Undoing a tick withdraws the record that made it: for the lead and the supervisor.
  const mayUndo = mayChange(workerId, { supervisor: true, self: false });
  const items = compliance.items.filter((i) => i.requirement.kind === 'induction');
  const required = items.filter((i) => isRequired(i.status.status));
  const done = required.filter((i) => i.status.status === 'complete');

  return (
    <Paper sx={{ p: 2 }} component="section" aria-label="Induction checklist">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="h2" sx={{ flexGrow: 1 }}>
          Induction checklist
        </Typography>
        <Button
          variant="outlined"
          onClick={() => attempt('print the induction checklist', () => downloadInductionChecklist(workerId))}
        >
          Print checklist (PDF)
        </Button>
      </Box>
      <Typography id="induction-progress">{`${done.length} of ${countOf(required.length, 'item')} done`}</Typography>
      <LinearProgress
        variant="determinate"
        value={required.length ? (done.length / required.length) * 100 : 100}
        aria-labelledby="induction-progress"
        sx={{ my: 1, height: 8, borderRadius: 4 }}
      />
      <List dense>
        {items.map((item) => {
          const completion = item.records.find((r) => r.status === 'completed' && inForce(r));
          const ticked = item.status.status === 'complete';
          const undone = ticked ? undefined : item.records.find((r) => r.status === 'completed')?.withdrawal;
          return (
            <ListItem
              key={item.requirement.id}
              disableGutters
              secondaryAction={
                ticked &&
                mayUndo && (
                  <Button
                    size="small"
                    onClick={() => setUndoing(item)}
                    aria-label={`Undo tick on ${item.requirement.title}`}
                  >
                    Undo tick…
                  </Button>
                )
              }
            >
              <ListItemIcon>
                <Checkbox
                  edge="start"
                  checked={ticked}
                  disabled={!mayTick || ticked || !isRequired(item.status.status)}
                  onChange={() => setTicking(item)}
                  slotProps={{ input: { 'aria-label': item.requirement.title } }}
                />
              </ListItemIcon>
              <ListItemText
                primary={item.requirement.title}
                secondary={
                  ticked && completion ? (
                    `Done ${formatUkDate(completion.completedOn)}${completion.signedOffBy ? `, signed off by ${completion.signedOffBy}` : ''}`
                  ) : undone ? (
                    <>
                      {item.status.reason}
                      <Box component="span" sx={{ display: 'block' }}>
                        {withdrawalInWords(undone, 'Tick undone')}
                      </Box>
                    </>
                  ) : (
                    item.status.reason
                  )
                }
              />
            </ListItem>
          );
        })}
      </List>
      {ticking && (
        <TickDialog workerId={workerId} item={ticking} today={compliance.today} onClose={() => setTicking(null)} />
      )}
      {undoing && <UndoTickDialog workerId={workerId} item={undoing} onClose={() => setUndoing(null)} />}
    </Paper>
  );
}
