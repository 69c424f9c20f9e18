import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Matrix } from '../../../../shared/domain/compliance.ts';
import { INDUCTION_COLUMN } from '../../../../shared/domain/compliance.ts';
import type { Requirement } from '../../../../shared/domain/requirements.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { readAsBase64 } from '../../api/download.ts';
import { DateField, toIsoOrText } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { dataOf } from '../../stores/loadable.ts';
import { requirementCatalogue } from '../../stores/requirements.ts';
import { recordTrainingForMany } from '../../stores/training.ts';

const CERTIFICATE_TYPES = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

interface Choice {
  value: string;
  label: string;
  induction: boolean;
}

/**
 * What can be recorded for several people: every course and induction item in force that a record meets, from
 * the catalogue; until it has loaded, the matrix's courses.
 */
function choicesOf(catalogue: readonly Requirement[] | undefined, matrix: Matrix): Choice[] {
  if (!catalogue) {
    return matrix.columns
      .filter((c) => c.id !== INDUCTION_COLUMN && c.kind === 'training')
      .map((c) => ({ value: c.id, label: c.title, induction: false }));
  }
  const recordable = catalogue.filter((r) => r.retiredOn === null && r.check === 'record');
  return [
    ...recordable.filter((r) => r.kind === 'training').map((r) => ({ value: r.id, label: r.title, induction: false })),
    ...recordable
      .filter((r) => r.kind === 'induction')
      .map((r) => ({ value: r.id, label: `Induction: ${r.title}`, induction: true })),
  ];
}

/**
 * One course or induction item done by everyone picked in the matrix, on one date, each with their own
 * certificate or none.
 * The backend records it for all of them or, naming whoever the course does not apply to, for none.
 */
export function RecordForSelectedDialog(props: {
  matrix: Matrix;
  people: readonly { workerId: number; name: string }[];
  onClose(): void;
  onRecorded(): void;
}) {
  const options = choicesOf(dataOf(requirementCatalogue.use(null)), props.matrix);
  const [requirementId, setRequirementId] = useState('');
  const [signedOffBy, setSignedOffBy] = useState('');
  const induction = options.find((o) => o.value === requirementId)?.induction ?? false;
  const [completedOn, setCompletedOn] = useState(formatUkDate(props.matrix.today));
  const [certificates, setCertificates] = useState<ReadonlyMap<number, File>>(new Map());
  const { submit, fieldErrors, formError, busy } = useSubmit();

  const choose = (workerId: number, file: File | undefined) =>
    setCertificates((now) => {
      const next = new Map(now);
      if (file) next.set(workerId, file);
      else next.delete(workerId);
      return next;
    });

  const save = async () => {
    const recorded = await submit(async () =>
      recordTrainingForMany({
        workerIds: props.people.map((p) => p.workerId),
        requirementId,
        status: 'completed',
        completedOn: toIsoOrText(completedOn),
        signedOffBy: induction && signedOffBy.trim() !== '' ? signedOffBy : null,
        certificates: await Promise.all(
          [...certificates].map(async ([workerId, file]) => ({
            workerId,
            file: { fileName: file.name, dataBase64: await readAsBase64(file) },
          })),
        ),
      }),
    );
    if (recorded !== undefined) props.onRecorded();
  };

  return (
    <FormDialog
      open
      title={`Record for ${props.people.length === 1 ? '1 person' : `${props.people.length} people`}`}
      submitLabel="Record for everyone"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() => void save()}
    >
      <SelectField
        label="Course or induction item"
        required
        value={requirementId}
        options={options}
        onChange={setRequirementId}
        error={fieldErrors.requirementId ?? fieldErrors.workerIds}
        helperText="Recorded as done for everyone below"
      />
      <DateField
        label="Completed on"
        required
        kind="past"
        value={completedOn}
        onChange={setCompletedOn}
        error={fieldErrors.completedOn}
      />
      {induction && (
        <TextField
          label="Signed off by"
          size="small"
          value={signedOffBy}
          onChange={(e) => setSignedOffBy(e.target.value)}
          error={Boolean(fieldErrors.signedOffBy)}
          helperText={fieldErrors.signedOffBy ?? 'Optional: who confirmed it was done'}
        />
      )}
      <Typography variant="subtitle2" component="h3">
        Certificates (optional, one per person)
      </Typography>
      {props.people.map((person) => (
        <TextField
          key={person.workerId}
          type="file"
          size="small"
          label={`Certificate for ${person.name}`}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { accept: CERTIFICATE_TYPES } }}
          onChange={(e) => choose(person.workerId, (e.target as HTMLInputElement).files?.[0])}
        />
      ))}
    </FormDialog>
  );
}
