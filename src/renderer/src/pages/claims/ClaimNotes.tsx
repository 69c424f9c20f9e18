import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ClaimView } from '../../../../shared/domain/claims.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';

const lines = (n: number) => (n === 1 ? '1 line still stops' : `${n.toLocaleString('en-GB')} lines still stop`);

/**
 * What the claim needs next, said where it cannot be missed: why a checked claim came back to draft, and
 * how many blocked lines stand between a draft and "checked".
 */
export function ClaimNotes({ view }: { view: ClaimView }) {
  const { claim, data } = view;
  if (view.frozen) return null;
  const reverted = claim?.status === 'draft' && claim.revertedReason;
  return (
    <>
      {reverted && (
        <Alert severity="warning" role="alert" sx={{ mt: 2 }}>
          <AlertTitle>{`Back to draft${claim.revertedAt ? ` since ${formatUkDateTime(claim.revertedAt)}` : ''}: check the claim again`}</AlertTitle>
          {claim.revertedReason}
        </Alert>
      )}
      {data.blockedLines > 0 && claim?.status !== 'checked' && (
        <Alert severity="info" role="note" sx={{ mt: 2 }}>
          {claim
            ? `${lines(data.blockedLines)} this claim: fix each, or exclude it from this month or override its flags, with a reason, before marking the claim as checked.`
            : `${lines(data.blockedLines)} this claim. Start the claim to exclude a line from this month or override its flags, with a reason.`}
        </Alert>
      )}
    </>
  );
}
