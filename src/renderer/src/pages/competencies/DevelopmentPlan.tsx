import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ActionStatus, DevelopmentAction, FrameworkDocument } from '../../../../shared/domain/competencies.ts';
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '../../../../shared/domain/competencies.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { useAbilities } from '../../app/abilities.ts';
import { DateField, dateText, toIsoOrText } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { saveDevelopmentAction } from '../../stores/competencies.ts';

function ActionDialog(props: {
  workerId: number;
  action: DevelopmentAction | null;
  framework: FrameworkDocument | null;
  onClose(): void;
}) {
  const a = props.action;
  const [description, setDescription] = useState(a?.description ?? '');
  const [competencyId, setCompetencyId] = useState(a?.competencyId ?? '');
  const [targetDate, setTargetDate] = useState(dateText(a?.targetDate ?? null));
  const [status, setStatus] = useState<ActionStatus>(a?.status ?? 'open');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const f = (k: string) => fieldErrors[k];
  const options =
    props.framework?.areas.flatMap((area) =>
      area.competencies.map((c) => ({ value: c.id, label: `${area.title}: ${c.title}` })),
    ) ?? [];
  return (
    <FormDialog
      open
      title={a ? 'Edit development action' : 'Add a development action'}
      submitLabel="Save action"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await saveDevelopmentAction({
            id: a?.id ?? null,
            fields: {
              workerId: props.workerId,
              description,
              competencyId: competencyId || null,
              targetDate: toIsoOrText(targetDate) ?? '',
              status,
            },
          });
          props.onClose();
        })
      }
    >
      <TextField
        label="Action"
        required
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={Boolean(f('description'))}
        helperText={f('description') ?? ' '}
      />
      <SelectField
        label="Competency"
        value={competencyId}
        options={options}
        noneLabel="Not linked to one competency"
        onChange={setCompetencyId}
      />
      <DateField
        label="Target date"
        kind="working"
        required
        value={targetDate}
        onChange={setTargetDate}
        error={f('targetDate')}
      />
      <SelectField
        label="Status"
        value={status}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
        onChange={(v) => setStatus(v as ActionStatus)}
      />
    </FormDialog>
  );
}

/** Actions linked to competencies, with target dates; overdue ones are flagged in words. */
export function DevelopmentPlan(props: {
  workerId: number;
  actions: DevelopmentAction[];
  framework: FrameworkDocument | null;
}) {
  const [editing, setEditing] = useState<DevelopmentAction | null | undefined>(undefined);
  const mayEdit = useAbilities().mayChange(props.workerId, { supervisor: true, self: true });
  const title = (id: string | null) =>
    props.framework?.areas.flatMap((a) => a.competencies).find((c) => c.id === id)?.title ?? '—';
  return (
    <>
      <Table size="small" aria-label="Development plan">
        <TableHead>
          <TableRow>
            <TableCell>Action</TableCell>
            <TableCell>Competency</TableCell>
            <TableCell>Target date</TableCell>
            <TableCell>Status</TableCell>
            <TableCell aria-label="Actions" />
          </TableRow>
        </TableHead>
        <TableBody>
          {props.actions.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{a.description}</TableCell>
              <TableCell>{title(a.competencyId)}</TableCell>
              <TableCell>
                {formatUkDate(a.targetDate)}{' '}
                {a.overdue && <Chip size="small" color="error" variant="outlined" label="Overdue" />}
              </TableCell>
              <TableCell>{ACTION_STATUS_LABELS[a.status]}</TableCell>
              <TableCell>
                {mayEdit && (
                  <Button size="small" onClick={() => setEditing(a)} aria-label={`Edit ${a.description}`}>
                    Edit
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
          {props.actions.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>No actions yet.</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {mayEdit && (
        <Button sx={{ mt: 1 }} onClick={() => setEditing(null)}>
          Add action
        </Button>
      )}
      {editing !== undefined && (
        <ActionDialog
          workerId={props.workerId}
          action={editing}
          framework={props.framework}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
