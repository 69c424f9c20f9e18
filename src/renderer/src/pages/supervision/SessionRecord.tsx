import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import type { SupervisionSession } from '../../../../shared/domain/supervision.ts';
import { isLocked } from '../../../../shared/domain/supervision.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import type { CompetencyOption } from '../../stores/supervision.ts';

function rows(s: SupervisionSession, competencies: CompetencyOption[]): [string, string][] {
  return [
    ['Supervisor', s.supervisorName],
    ['Duration', `${s.durationMinutes} minutes`],
    ['Caseload', `${s.caseloadActive ?? '—'} active; ${s.newReferrals ?? '—'} new referrals`],
    ['Cases discussed', s.casesDiscussed],
    ['Risks and actions taken', s.risks],
    ['Referrals back', s.referralsBack],
    ['Wellbeing', s.wellbeing],
    ['Learning needs', s.learningNeeds],
    [
      'Linked competencies',
      competencies
        .filter((c) => s.learningCompetencyIds.includes(c.id))
        .map((c) => c.label)
        .join('; '),
    ],
    ['Actions', s.actions.map((a) => `${a.description} (${a.owner}, due ${formatUkDate(a.dueDate)})`).join('; ')],
    ['Next session', formatUkDate(s.nextDate)],
  ];
}

/** A signed session as it was recorded: no longer editable. */
export function SessionRecord({
  session,
  competencies,
}: {
  session: SupervisionSession;
  competencies: CompetencyOption[];
}) {
  return (
    <Paper sx={{ p: 3 }}>
      {!isLocked(session) && (
        <Alert severity="info" role="note" sx={{ mb: 2 }}>
          Signed by one person: it can no longer be edited; it locks when both have signed.
        </Alert>
      )}
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '240px 1fr', rowGap: 1, m: 0 }}>
        {rows(session, competencies).map(([k, v]) => (
          <Box key={k} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ color: 'text.secondary' }}>
              {k}
            </Box>
            <Box component="dd" sx={{ m: 0 }}>
              {v || '—'}
            </Box>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
