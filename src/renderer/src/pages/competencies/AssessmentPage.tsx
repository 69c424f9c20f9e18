import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Rating, RatingEntry } from '../../../../shared/domain/competencies.ts';
import { ASSESSMENT_STATUS_LABELS } from '../../../../shared/domain/competencies.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { call } from '../../api/client.ts';
import { saveFile } from '../../api/download.ts';
import { href } from '../../app/router.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { ReviewTable } from './ReviewTable.tsx';
import { SelfAssessmentArea } from './SelfAssessmentArea.tsx';
import { useAssessment } from './useAssessment.ts';

const SAVE_WORDS = { idle: '', saving: 'Saving…', saved: 'All changes saved', error: 'Not saved' } as const;

export function AssessmentPage({ assessmentId }: { assessmentId: number }) {
  const { detail, ratings, setRatings, reload, changeSelf, saveState, error, evidenceOptions } =
    useAssessment(assessmentId);
  const [areaIndex, setAreaIndex] = useState(0);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const action = useSubmit();
  if (!detail) return null;
  const { assessment: a, framework, ratingLabels } = detail;
  const competencies = framework.areas.flatMap((area) => area.competencies);
  const rated = competencies.filter((c) => ratings.get(c.id)?.selfRating != null).length;
  const area = framework.areas[areaIndex] ?? framework.areas[0];

  const review = (
    competencyId: string,
    change: { agreedRating?: Rating | null; supervisorComment?: string },
    persist: boolean,
  ) => {
    const entry: RatingEntry = { ...(ratings.get(competencyId) as RatingEntry), competencyId, ...change };
    setRatings(new Map(ratings).set(competencyId, entry));
    if (persist) {
      void action.submit(() =>
        call('assessment.review', {
          assessmentId,
          competencyId,
          agreedRating: entry.agreedRating ?? null,
          supervisorComment: entry.supervisorComment ?? '',
        }),
      );
    }
  };
  const printPdf = async () => {
    const file = await call('assessment.pdf', { id: assessmentId });
    saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
  };

  return (
    <>
      <Link href={href(`staff/${a.workerId}/competencies`)}>← {a.workerName}</Link>
      <PageHeader
        title={a.status === 'draft' ? `Self-assessment: ${a.workerName}` : `Competency assessment: ${a.workerName}`}
        subtitle={
          <>
            {framework.title}, version {framework.version} · {a.kind === 'baseline' ? 'Baseline' : 'Annual'}{' '}
            <Chip
              size="small"
              label={ASSESSMENT_STATUS_LABELS[a.status]}
              color={a.status === 'signed' ? 'success' : 'default'}
              variant="outlined"
            />
          </>
        }
        actions={<Button onClick={() => void printPdf()}>Print (PDF)</Button>}
      />
      {(action.formError || error) && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {action.formError ?? error}
        </Alert>
      )}

      {a.status === 'draft' && area && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '260px 1fr' }, gap: 3, alignItems: 'start' }}>
          <Paper component="nav" aria-label="Areas" sx={{ p: 1 }}>
            <Typography
              id="progress-label"
              sx={{ px: 1, pt: 1 }}
            >{`${rated} of ${competencies.length} rated`}</Typography>
            <LinearProgress
              variant="determinate"
              value={(rated / competencies.length) * 100}
              aria-labelledby="progress-label"
              sx={{ m: 1, height: 6, borderRadius: 3 }}
            />
            <List dense>
              {framework.areas.map((ar, i) => {
                const done = ar.competencies.filter((c) => ratings.get(c.id)?.selfRating != null).length;
                return (
                  <ListItem disablePadding key={ar.id}>
                    <ListItemButton
                      selected={i === areaIndex}
                      aria-current={i === areaIndex ? 'step' : undefined}
                      onClick={() => setAreaIndex(i)}
                    >
                      <ListItemText primary={ar.title} secondary={`${done} of ${ar.competencies.length} rated`} />
                    </ListItemButton>
                  </ListItem>
                );
              })}
            </List>
          </Paper>
          <Paper sx={{ p: 3 }}>
            <SelfAssessmentArea
              area={area}
              ratings={ratings}
              labels={ratingLabels}
              evidenceOptions={evidenceOptions}
              onChange={changeSelf}
            />
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 2 }}>
              <Button disabled={areaIndex === 0} onClick={() => setAreaIndex((i) => i - 1)}>
                Previous area
              </Button>
              <Button
                variant="outlined"
                disabled={areaIndex >= framework.areas.length - 1}
                onClick={() => setAreaIndex((i) => i + 1)}
              >
                Next area
              </Button>
              <Typography role="status" color="text.secondary" sx={{ ml: 2 }}>
                {SAVE_WORDS[saveState]}
              </Typography>
              <Button
                variant="contained"
                sx={{ ml: 'auto' }}
                disabled={rated === 0 || action.busy}
                onClick={() =>
                  void action.submit(async () => {
                    await call('assessment.submit', { id: assessmentId });
                    await reload();
                  })
                }
              >
                Submit for review
              </Button>
            </Box>
          </Paper>
        </Box>
      )}

      {a.status !== 'draft' && (
        <Paper sx={{ p: 3 }}>
          {a.status === 'submitted' && (
            <Alert severity="info" role="note" sx={{ mb: 2 }}>
              Submitted {formatUkDateTime(a.submittedAt ?? '')}. {a.supervisorName ?? 'The named supervisor'} agrees a
              rating beside each self-rating, then signs. Signing locks the assessment.
            </Alert>
          )}
          {a.status === 'signed' && (
            <Alert severity="success" role="note" sx={{ mb: 2 }}>
              Signed {formatUkDateTime(a.signedAt ?? '')} by {a.signedBy}. It is locked; only the supervisor can reopen
              it.
            </Alert>
          )}
          <ReviewTable
            framework={framework}
            ratings={ratings}
            labels={ratingLabels}
            editable={a.status === 'submitted'}
            onReview={review}
          />
          {detail.signedVersions.length > 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              Earlier signed versions kept:{' '}
              {detail.signedVersions
                .map(
                  (v) =>
                    `signed ${formatUkDateTime(v.signedAt)} by ${v.signedBy}${v.reopenedAt ? `, reopened ${formatUkDateTime(v.reopenedAt)} (${v.reopenReason})` : ''}`,
                )
                .join('; ')}
            </Typography>
          )}
          {a.status === 'submitted' && (
            <Button
              variant="contained"
              disabled={action.busy}
              onClick={() =>
                void action.submit(async () => {
                  await call('assessment.sign', { id: assessmentId });
                  await reload();
                })
              }
            >
              Sign and lock
            </Button>
          )}
          {a.status === 'signed' && <Button onClick={() => setReopening(true)}>Reopen…</Button>}
        </Paper>
      )}
      <FormDialog
        open={reopening}
        title="Reopen this signed assessment?"
        submitLabel="Reopen"
        busy={action.busy}
        error={action.formError}
        onClose={() => setReopening(false)}
        onSubmit={() =>
          void action.submit(async () => {
            await call('assessment.reopen', { id: assessmentId, reason });
            setReopening(false);
            await reload();
          })
        }
      >
        <Typography>The signed version is kept, and reopening is recorded in the audit log.</Typography>
        <TextField
          label="Reason"
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={Boolean(action.fieldErrors.reason)}
          helperText={action.fieldErrors.reason ?? ' '}
        />
      </FormDialog>
    </>
  );
}
