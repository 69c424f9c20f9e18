import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import type { ClaimView } from '../../../../shared/domain/claims.ts';
import { CLAIM_STATUS_LABELS } from '../../../../shared/domain/claims.ts';
import { formatPounds } from '../../../../shared/rules/money.ts';
import { useAbilities } from '../../app/abilities.ts';
import { navigate } from '../../app/router.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { ClaimActions } from './ClaimActions.tsx';
import { ClaimFigures } from './ClaimFigures.tsx';
import { ClaimNotes } from './ClaimNotes.tsx';
import { monthName, pickableMonths } from './months.ts';

const amount = (pence: number | null) => (pence === null ? '—' : formatPounds(pence));

/** Which month, where its claim has got to, what it comes to, and what has changed since it was submitted. */
export function ClaimSummary({ month, view, today }: { month: string; view: ClaimView; today: string }) {
  const { changesAll } = useAbilities();
  return (
    <Paper sx={{ p: 2, mb: 3 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Box sx={{ width: 220 }}>
          <SelectField
            label="Claim month"
            value={month}
            options={pickableMonths(today, month).map((m) => ({ value: m, label: monthName(m) }))}
            onChange={(m) => navigate(`claims?month=${m}`)}
          />
        </Box>
        <Chip
          label={
            view.claim ? `${CLAIM_STATUS_LABELS[view.claim.status]}, version ${view.claim.version}` : 'Not started'
          }
          variant="outlined"
        />
        {view.claim?.portalReference && (
          <Chip label={`Portal reference ${view.claim.portalReference}`} variant="outlined" />
        )}
        <Box sx={{ ml: 'auto', display: 'flex', gap: 1 }}>
          {changesAll && <ClaimActions month={month} view={view} today={today} />}
        </Box>
      </Box>
      <ClaimFigures month={month} data={view.data} />
      <ClaimNotes view={view} />
      {view.frozen && (
        <Alert severity="info" role="note" sx={{ mt: 2 }}>
          Submitted: these figures and flags are frozen as they were. Amend to make a new version.
        </Alert>
      )}
      {view.changes.length > 0 && (
        <Alert severity="info" role="note" sx={{ mt: 2 }}>
          Changes since the submitted version:{' '}
          {view.changes.map((c) => `${c.name} ${amount(c.beforePence)} → ${amount(c.afterPence)}`).join('; ')}
        </Alert>
      )}
    </Paper>
  );
}
