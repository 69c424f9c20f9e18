import Typography from '@mui/material/Typography';
import type { ClaimLineView, LineDecisionKind } from '../../../../shared/domain/claims.ts';
import { formatMonth } from '../../../../shared/rules/dates.ts';
import { ReasonDialog } from '../../components/ReasonDialog.tsx';
import { decideLine } from '../../stores/claims.ts';

const gaps = (line: ClaimLineView) => line.blocking.map((f) => f.title).join('; ');

/** Excludes a blocked line from this month, or claims it despite its flags; either way with a reason. */
export function DecisionDialog(props: {
  claimId: number;
  month: string;
  line: ClaimLineView;
  decision: LineDecisionKind;
  onClose(): void;
}) {
  const { line, decision } = props;
  const exclude = decision === 'exclude';
  return (
    <ReasonDialog
      title={
        exclude
          ? `Exclude ${line.name} from ${formatMonth(props.month)}`
          : `Claim ${line.name}’s line despite its flags`
      }
      submitLabel={exclude ? 'Exclude from this month' : 'Claim despite the flags'}
      intro={
        <Typography>
          {exclude
            ? 'The line is left out of this month’s claim and can be claimed later: ICBs accept backdated claims. The reason is kept with this version of the claim and printed on its PDF.'
            : `The line is claimed although it is flagged: ${gaps(line)}. The clinical director sees the reason on the claim’s PDF before signing.`}
        </Typography>
      }
      reasonHint={
        exclude ? 'For example: training booked for next month' : 'For example: certificate seen, record to follow'
      }
      save={(reason) => decideLine({ id: props.claimId, workerId: line.workerId, decision, reason })}
      onClose={props.onClose}
    />
  );
}
