import Button from '@mui/material/Button';
import { useState } from 'react';
import type { ClaimView } from '../../../../shared/domain/claims.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { DateField, toIsoOrText } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { markClaimChecked, recordPayment, reopenClaim, startClaim } from '../../stores/claims.ts';
import { attempt } from '../../stores/notices.ts';
import { SubmitDialog } from './SubmitDialog.tsx';

/** The lifecycle buttons: start, checked (or back to draft), submitted (date and portal reference), paid, amend. */
export function ClaimActions(props: { month: string; view: ClaimView; today: string }) {
  const claim = props.view.claim;
  const [dialog, setDialog] = useState<'submit' | 'paid' | null>(null);
  const [paidOn, setPaidOn] = useState(formatUkDate(props.today));
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
        <>
          <Button disabled={working} onClick={() => act('return the claim to draft', () => reopenClaim(claim.id))}>
            Back to draft
          </Button>
          <Button variant="contained" onClick={() => setDialog('submit')}>
            Record submission…
          </Button>
        </>
      )}
      {claim?.status === 'submitted' && <Button onClick={() => setDialog('paid')}>Record payment…</Button>}
      {dialog === 'submit' && claim && (
        <SubmitDialog claim={claim} view={props.view} today={props.today} onClose={() => setDialog(null)} />
      )}
      <FormDialog
        open={dialog === 'paid'}
        title="Record the payment"
        submitLabel="Save"
        busy={busy}
        error={formError}
        onClose={() => setDialog(null)}
        onSubmit={() =>
          void submit(async () => {
            if (!claim) return;
            await recordPayment({ id: claim.id, paidOn: toIsoOrText(paidOn) ?? '' });
            setDialog(null);
          })
        }
      >
        <DateField
          label="Paid on"
          kind="past"
          required
          value={paidOn}
          onChange={setPaidOn}
          error={fieldErrors.paidOn}
        />
      </FormDialog>
    </>
  );
}
