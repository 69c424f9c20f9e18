import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import type { AssessmentDetail, Profile } from '../../../../shared/domain/competencies.ts';
import { ASSESSMENT_STATUS_LABELS } from '../../../../shared/domain/competencies.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { call } from '../../api/client.ts';
import { href, navigate } from '../../app/router.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { DevelopmentPlan } from './DevelopmentPlan.tsx';
import { ProfileChart } from './ProfileChart.tsx';

const day = (iso: string | null) => (iso ? formatUkDate(iso.slice(0, 10)) : '—');

/** A worker's competency profile, their assessments and their development plan. */
export function CompetenciesTab({ workerId }: { workerId: number }) {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [latest, setLatest] = useState<AssessmentDetail | null>(null);
  const start = useSubmit();
  const reload = useCallback(async () => {
    const p = await call('competency.profile', { workerId });
    setProfile(p);
    setLatest(p.latest ? await call('assessment.get', { id: p.latest.assessment.id }) : null);
  }, [workerId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  if (!profile) return null;
  const open = profile.assessments.find((a) => a.status !== 'signed');
  const gaps = profile.latest?.areas.flatMap((a) => a.gaps) ?? [];

  return (
    <>
      <Paper component="section" aria-label="Assessments" sx={{ p: 2, mb: 3 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
          <Typography variant="h2" sx={{ flexGrow: 1 }}>
            Assessments
          </Typography>
          {open ? (
            <Button variant="contained" href={href(`assessments/${open.id}`)}>
              {open.status === 'draft' ? 'Continue self-assessment' : 'Review and sign'}
            </Button>
          ) : (
            <Button
              variant="contained"
              disabled={start.busy}
              onClick={() =>
                void start.submit(async () =>
                  navigate(`assessments/${(await call('assessment.start', { workerId })).id}`),
                )
              }
            >
              Start self-assessment
            </Button>
          )}
        </Box>
        {start.formError && <Alert severity="error">{start.formError}</Alert>}
        <Table size="small" aria-label="Assessments">
          <TableHead>
            <TableRow>
              <TableCell>Started</TableCell>
              <TableCell>Kind</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Signed</TableCell>
              <TableCell aria-label="Open" />
            </TableRow>
          </TableHead>
          <TableBody>
            {profile.assessments.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{day(a.createdAt)}</TableCell>
                <TableCell>{a.kind === 'baseline' ? 'Baseline' : 'Annual'}</TableCell>
                <TableCell>{ASSESSMENT_STATUS_LABELS[a.status]}</TableCell>
                <TableCell>{a.signedAt ? `${day(a.signedAt)} by ${a.signedBy}` : '—'}</TableCell>
                <TableCell>
                  <Button size="small" href={href(`assessments/${a.id}`)}>
                    Open
                  </Button>
                </TableCell>
              </TableRow>
            ))}
            {profile.assessments.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>No assessments yet.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </Paper>

      <Paper component="section" aria-label="Profile" sx={{ p: 2, mb: 3 }}>
        <Typography variant="h2" gutterBottom>
          Profile
        </Typography>
        {profile.latest ? (
          <>
            <ProfileChart profile={profile} />
            <Typography variant="h3" sx={{ mt: 2 }}>
              {`Gaps below the target (${profile.target} ${profile.ratingLabels[profile.target] ?? ''})`}
            </Typography>
            {gaps.length ? (
              <ul>
                {gaps.map((g) => (
                  <li key={g.competencyId}>{`${g.title}: ${g.rating} ${profile.ratingLabels[g.rating ?? 0] ?? ''}`}</li>
                ))}
              </ul>
            ) : (
              <Typography>None.</Typography>
            )}
            {profile.changes.some((c) => c.change) && (
              <>
                <Typography variant="h3" sx={{ mt: 2 }}>
                  Change since the last assessment
                </Typography>
                <ul>
                  {profile.changes
                    .filter((c) => c.change)
                    .map((c) => (
                      <li
                        key={c.competencyId}
                      >{`${c.title}: ${c.before} → ${c.after} (${(c.change ?? 0) > 0 ? '+' : ''}${c.change})`}</li>
                    ))}
                </ul>
              </>
            )}
          </>
        ) : (
          <Typography>The profile appears once an assessment has been signed.</Typography>
        )}
      </Paper>

      <Paper component="section" aria-label="Development plan" sx={{ p: 2 }}>
        <Typography variant="h2" gutterBottom>
          Development plan
        </Typography>
        <DevelopmentPlan
          workerId={workerId}
          actions={profile.actions}
          framework={latest?.framework ?? null}
          onChange={(actions) => setProfile({ ...profile, actions })}
        />
      </Paper>
    </>
  );
}
