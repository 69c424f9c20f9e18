import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ClaimLineView, ClaimRecord, ClaimView } from '../../../../shared/domain/claims.ts';
import { lineStanding } from '../../../../shared/rules/claim-decisions.ts';
import { formatMonth, formatUkDate } from '../../../../shared/rules/dates.ts';
import { formatPounds } from '../../../../shared/rules/money.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { DateField, toIsoOrText } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { recordSubmission } from '../../stores/claims.ts';

function Decided({ title, lines }: { title: string; lines: ClaimLineView[] }) {
  if (lines.length === 0) return null;
  return (
    <Box component="section" aria-label={title}>
      <Typography variant="subtitle2">{`${title} (${lines.length})`}</Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {lines.map((l) => (
          <li key={l.workerId}>{`${l.name}: ${l.decision?.reason ?? ''}`}</li>
        ))}
      </Box>
    </Box>
  );
}

/**
 * Recording the submission, after a last look at what is being submitted: the total, the lines claimed, and
 * each line excluded or claimed despite its flags, with its reason.
 */
export function SubmitDialog(props: { claim: ClaimRecord; view: ClaimView; today: string; onClose(): void }) {
  const [date, setDate] = useState(formatUkDate(props.today));
  const [reference, setReference] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const { lines, totalPence } = props.view.data;
  const of = (standing: ReturnType<typeof lineStanding>) => lines.filter((l) => lineStanding(l) === standing);
  const overridden = of('overridden');
  const claimed = of('ready').length + overridden.length;
  return (
    <FormDialog
      open
      title={`Record the submission of the ${formatMonth(props.claim.month)} claim`}
      submitLabel="Record submission"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await recordSubmission({
            id: props.claim.id,
            submittedOn: toIsoOrText(date) ?? '',
            portalReference: reference,
          });
          props.onClose();
        })
      }
    >
      <Box
        component="dl"
        aria-label="What is being submitted"
        sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5 }}
      >
        <dt>Claimable</dt>
        <dd style={{ margin: 0, fontWeight: 600 }}>{formatPounds(totalPence)}</dd>
        <dt>Lines claimed</dt>
        <dd
          style={{ margin: 0 }}
        >{`${claimed} of ${lines.length}${overridden.length ? `, ${overridden.length} despite their flags` : ''}`}</dd>
        <dt>Excluded</dt>
        <dd style={{ margin: 0 }}>{`${countOf(of('excluded').length, 'line')}, to be claimed later`}</dd>
      </Box>
      <Decided title="Claimed despite their flags" lines={overridden} />
      <Decided title="Excluded from this month" lines={of('excluded')} />
      <DateField
        label="Submitted on"
        kind="past"
        required
        value={date}
        onChange={setDate}
        error={fieldErrors.submittedOn}
      />
      <TextField
        label="Portal reference"
        required
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        error={Boolean(fieldErrors.portalReference)}
        helperText={fieldErrors.portalReference ?? 'From the Primary Care Workforce Portal'}
      />
    </FormDialog>
  );
}
