import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AssessmentDetail } from '../../../../shared/domain/competencies.ts';
import { agreeWithSelfRatings, coverageOf } from '../../../../shared/rules/competencies.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { signatureStatement } from '../../../../shared/rules/signatures.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { agreeWithWorker, reopenAssessment, reviewRating, signAssessment } from '../../stores/competencies.ts';
import { ReviewTable } from './ReviewTable.tsx';
import { SignOffBar } from './SignOffBar.tsx';
import type { AssessmentRatings, ReviewChange } from './useAssessment.ts';
import { ReasonField } from '../../components/ReasonField.tsx';

/**
 * A submitted or signed assessment: the supervisor agrees with the worker's ratings (an area or all at once), adjusts
 * any, and signs once the sign-off coverage is met; a signed one can be reopened.
 */
export function ReviewAssessment({ detail, ratings: r }: { detail: AssessmentDetail; ratings: AssessmentRatings }) {
  const { assessment: a, framework, ratingLabels, signedVersions } = detail;
  const [reopening, setReopening] = useState(false);
  const action = useSubmit();
  const entries = [...r.ratings.values()];
  const toAgree = (areaId: string | null) => agreeWithSelfRatings(framework, entries, areaId).length;
  const agree = (areaId: string | null) => void action.submit(() => agreeWithWorker(a.id, areaId));
  const status = useAppStore((s) => s.status);
  // Team mode: only the named supervisor, signed in, agrees, signs or reopens. Personal mode: the backend checks
  // the supervisor chosen under "Acting as" and says so.
  const me = status?.mode === 'team' ? status.me : null;
  const team = status?.mode === 'team';
  const mine = !team || (me !== null && me.superviseeIds.includes(a.workerId));

  const review = (competencyId: string, change: ReviewChange, persist: boolean) => {
    const entry = r.edit(competencyId, change);
    if (!persist) return;
    void action.submit(() =>
      reviewRating({
        assessmentId: a.id,
        competencyId,
        agreedRating: entry.agreedRating,
        supervisorComment: entry.supervisorComment,
      }),
    );
  };

  return (
    <>
      <Paper sx={{ p: 3 }}>
        {a.status === 'submitted' && (
          <Alert severity="info" role="note" sx={{ mb: 2 }}>
            Submitted {formatUkDateTime(a.submittedAt ?? '')}. {a.supervisorName ?? 'The named supervisor'} agrees a
            rating beside each self-rating, then signs. Signing locks the assessment.
          </Alert>
        )}
        {a.status === 'signed' && a.signature && (
          <Alert severity="success" role="note" sx={{ mb: 2 }}>
            {signatureStatement(a.signature)}. It is locked; only the supervisor can reopen it.
          </Alert>
        )}
        <ReviewTable
          framework={framework}
          ratings={r.ratings}
          labels={ratingLabels}
          editable={a.status === 'submitted' && mine}
          onReview={review}
          toAgree={toAgree}
          onAgreeArea={agree}
          busy={action.busy}
        />
        {signedVersions.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            Earlier signed versions kept:{' '}
            {signedVersions
              .map(
                (v) =>
                  `${signatureStatement(v.signature)}${v.reopenedAt ? `, reopened ${formatUkDateTime(v.reopenedAt)} (${v.reopenReason})` : ''}`,
              )
              .join('; ')}
          </Typography>
        )}
        {me && a.status === 'submitted' && mine && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            You sign as {me.name}, signed in as {me.email}; signing locks the assessment.
          </Typography>
        )}
        {team && a.status === 'submitted' && !mine && (
          <Typography>Waiting for {a.supervisorName ?? 'the named supervisor'} to agree ratings and sign.</Typography>
        )}
        {a.status === 'signed' && mine && <Button onClick={() => setReopening(true)}>Reopen…</Button>}
      </Paper>
      {a.status === 'submitted' && mine && (
        <SignOffBar
          coverage={coverageOf(framework, entries, 'sign', detail.signOff)}
          label={me ? `Sign as ${me.name}` : 'Sign and lock'}
          busy={action.busy}
          problem={action.formError}
          onConfirm={() => signAssessment(a.id)}
        >
          <Button variant="outlined" disabled={action.busy || toAgree(null) === 0} onClick={() => agree(null)}>
            Agree with all the worker&apos;s ratings
          </Button>
        </SignOffBar>
      )}
      {reopening && <ReopenDialog assessmentId={a.id} onClose={() => setReopening(false)} />}
    </>
  );
}

function ReopenDialog({ assessmentId, onClose }: { assessmentId: number; onClose(): void }) {
  const [reason, setReason] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <FormDialog
      open
      title="Reopen this signed assessment?"
      submitLabel="Reopen"
      busy={busy}
      error={formError}
      onClose={onClose}
      onSubmit={() =>
        void submit(async () => {
          await reopenAssessment(assessmentId, reason);
          onClose();
        })
      }
    >
      <Typography>The signed version is kept, and reopening is recorded in the audit log.</Typography>
      <ReasonField value={reason} onChange={setReason} error={fieldErrors.reason} />
    </FormDialog>
  );
}
