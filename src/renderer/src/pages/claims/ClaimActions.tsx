import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ClaimView } from '../../../../shared/domain/claims.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { DateField, toIsoOrText } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { markClaimChecked, recordPayment, recordSubmission, startClaim } from '../../stores/claims.ts';
import { attempt } from '../../stores/notices.ts';

/** The lifecycle buttons: start, checked, submitted (date and portal reference), paid, amend. */
export function ClaimActions(props: { month: string; view: ClaimView; today: string }) {
  const claim = props.view.claim;
  const [dialog, setDialog] = useState<'submit' | 'paid' | null>(null);
  const [date, setDate] = useState(formatUkDate(props.today));
  const [reference, setReference] = useState('');
  const [working, setWorking] = useState(false);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const act = (what: string, action: () => Promise<void>) => {
    setWorking(true);
    attempt(what, () => action().finally(() => setWorking(false)));
  };

  return (
    <>
      {(!claim || claim.status === 'submitted' || claim.status === 'paid') && (
        <Button
          variant={claim ? 'outlined' : 'contained'}
          disabled={working}
          onClick={() => act(claim ? 'start an amendment' : 'start this claim', () => startClaim(props.month))}
        >
          {claim ? 'Amend (new version)' : 'Start this claim'}
        </Button>
      )}
      {claim?.status === 'draft' && (
        <Button
          variant="contained"
          disabled={working}
          onClick={() => act('mark the claim as checked', () => markClaimChecked(claim.id))}
        >
          Mark as checked
        </Button>
      )}
      {claim?.status === 'checked' && (
        <Button variant="contained" onClick={() => setDialog('submit')}>
          Record submission…
        </Button>
      )}
      {claim?.status === 'submitted' && <Button onClick={() => setDialog('paid')}>Record payment…</Button>}
      <FormDialog
        open={dialog !== null}
        title={dialog === 'submit' ? 'Record the submission to the portal' : 'Record the payment'}
        submitLabel="Save"
        busy={busy}
        error={formError}
        onClose={() => setDialog(null)}
        onSubmit={() =>
          void submit(async () => {
            if (!claim) return;
            const iso = toIsoOrText(date) ?? '';
            await (dialog === 'submit'
              ? recordSubmission({ id: claim.id, submittedOn: iso, portalReference: reference })
              : recordPayment({ id: claim.id, paidOn: iso }));
            setDialog(null);
          })
        }
      >
        <DateField
          label={dialog === 'submit' ? 'Submitted on' : 'Paid on'}
          required
          value={date}
          onChange={setDate}
          error={fieldErrors.submittedOn ?? fieldErrors.paidOn}
        />
        {dialog === 'submit' && (
          <TextField
            label="Portal reference"
            required
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            error={Boolean(fieldErrors.portalReference)}
            helperText={fieldErrors.portalReference ?? 'From the Primary Care Workforce Portal'}
          />
        )}
      </FormDialog>
    </>
  );
}
