import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ClaimLineView, LineDecisionKind } from '../../../../shared/domain/claims.ts';
import { lineStanding, NWRS_FLAG_ID, overrideRefusal } from '../../../../shared/rules/claim-decisions.ts';
import { formatUkDayOf } from '../../../../shared/rules/dates.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { href } from '../../app/router.ts';
import { EnterMaximumButton } from './EnterMaximumDialog.tsx';

export interface LineActions {
  /** Set while the claim is a draft: decisions can be made and taken back. */
  draftClaimId: number | null;
  frozen: boolean;
  onConfirmNwrs(workerId: number): void;
  onDecide(line: ClaimLineView, decision: LineDecisionKind): void;
  onRemoveDecision(line: ClaimLineView): void;
}

/** The claim version's decision on the line, with its reason, who made it and when. */
function Decision({ line, actions }: { line: ClaimLineView; actions: LineActions }) {
  const d = line.decision;
  if (!d) return null;
  const exclude = d.decision === 'exclude';
  return (
    <Box sx={{ mb: 1, p: 1, borderLeft: 4, borderColor: exclude ? 'grey.500' : 'warning.main', bgcolor: 'grey.50' }}>
      <strong>{exclude ? 'Excluded from this month' : 'Claimed despite its flags'}</strong>: {d.reason}
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {`${d.decidedBy}, ${formatUkDayOf(d.decidedAt)}`}
        {!exclude && lineStanding(line) === 'ready' && ' · no longer needed: the line is not blocked'}
      </Typography>
      {actions.draftClaimId !== null && (
        <Button
          size="small"
          onClick={() => actions.onRemoveDecision(line)}
          aria-label={`Take back the decision on ${line.name}'s line`}
        >
          Take back
        </Button>
      )}
    </Box>
  );
}

/** A blocked line's way out for this month: exclude it, or (when there is something to claim) override it. */
function Choices({ line, actions }: { line: ClaimLineView; actions: LineActions }) {
  if (actions.draftClaimId === null || lineStanding(line) !== 'blocked') return null;
  return (
    <Box sx={{ display: 'flex', gap: 1, mt: 0.5 }}>
      <Button
        size="small"
        variant="outlined"
        onClick={() => actions.onDecide(line, 'exclude')}
        aria-label={`Exclude ${line.name} from this month`}
      >
        Exclude…
      </Button>
      {overrideRefusal(line) === null && (
        <Button
          size="small"
          variant="outlined"
          color="warning"
          onClick={() => actions.onDecide(line, 'override')}
          aria-label={`Override the flags on ${line.name}'s line`}
        >
          Override…
        </Button>
      )}
    </Box>
  );
}

/** Everything between a line and the claim: the decision, the problem, each flag a click from its fix, warnings. */
export function LineGaps({ line, actions }: { line: ClaimLineView; actions: LineActions }) {
  const clean = line.problem === null && line.blocking.length === 0 && line.warnings.length === 0;
  return (
    <>
      <Decision line={line} actions={actions} />
      {line.problem && <Box sx={{ color: 'error.main' }}>{line.problem}</Box>}
      {line.blocking.map((f) => (
        <Box key={f.requirementId} sx={{ mb: 0.5 }}>
          <strong>{f.title}</strong>: {f.reason}{' '}
          {f.missingRate ? (
            !actions.frozen && <EnterMaximumButton missing={f.missingRate} name={line.name} />
          ) : f.requirementId === NWRS_FLAG_ID ? (
            !actions.frozen && (
              <Button size="small" onClick={() => actions.onConfirmNwrs(line.workerId)}>
                Confirm NWRS
              </Button>
            )
          ) : (
            <a
              href={href(`staff/${line.workerId}/training?requirement=${f.requirementId}`)}
              aria-label={`Fix ${f.title} for ${line.name}`}
            >
              Fix
            </a>
          )}
        </Box>
      ))}
      {line.warnings.length > 0 && (
        <Box component="details" sx={{ color: 'text.secondary', fontSize: '0.85rem' }}>
          <summary>{`${countOf(line.warnings.length, 'warning')} (do not block)`}</summary>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {line.warnings.map((w) => (
              <li key={w.requirementId}>{`${w.title}: ${w.reason}`}</li>
            ))}
          </Box>
        </Box>
      )}
      <Choices line={line} actions={actions} />
      {clean && !line.decision && 'Ready'}
    </>
  );
}
