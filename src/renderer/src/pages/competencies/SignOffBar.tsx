import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Coverage } from '../../../../shared/rules/competencies.ts';
import { coverageShortfall } from '../../../../shared/rules/competencies.ts';

const WORDS = {
  submit: { done: 'rated', ready: 'Ready to submit: your supervisor then agrees a rating beside each of yours.' },
  sign: { done: 'agreed', ready: 'Ready to sign: signing locks the assessment.' },
} as const;

/**
 * The step that moves an assessment on (submitting, signing), kept in view at the foot of the screen with how much
 * is done, why it cannot be taken yet, and the backend's reason when it was refused (or another action failed), all
 * beside the button. A refusal stays until the ratings change or the step is tried again.
 */
export function SignOffBar(props: {
  coverage: Coverage;
  label: string;
  /** Another action of the page is running. */
  busy?: boolean;
  onConfirm(): Promise<void>;
  /** Why another action of the page failed (saving a rating, agreeing), shown here too so it is never out of sight. */
  problem?: string | null;
  /** Other buttons, before the main one. */
  children?: ReactNode;
}) {
  const { coverage } = props;
  const [running, setRunning] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; done: number } | null>(null);
  const error = (refusal?.done === coverage.done ? refusal.message : null) ?? props.problem ?? null;
  const shortfall = coverageShortfall(coverage);
  const reasonId = `${coverage.step}-reason`;
  const confirm = async () => {
    setRunning(true);
    setRefusal(null);
    try {
      await props.onConfirm();
    } catch (e) {
      setRefusal({ message: (e as Error).message, done: coverage.done });
    } finally {
      setRunning(false);
    }
  };
  return (
    <Paper
      component="section"
      aria-label={coverage.step === 'submit' ? 'Submit for review' : 'Sign-off'}
      elevation={6}
      sx={{ position: 'sticky', bottom: 0, zIndex: 2, mt: 2, p: 2 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ minWidth: 160 }}>
          <Typography id={`${coverage.step}-progress`}>
            {`${coverage.done} of ${coverage.total} ${WORDS[coverage.step].done}`}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={coverage.total ? (coverage.done / coverage.total) * 100 : 0}
            aria-labelledby={`${coverage.step}-progress`}
            sx={{ mt: 0.5, height: 6, borderRadius: 3 }}
          />
        </Box>
        <Typography id={reasonId} color={shortfall ? 'text.primary' : 'text.secondary'} sx={{ flex: '1 1 280px' }}>
          {error !== null && error === shortfall ? '' : (shortfall ?? WORDS[coverage.step].ready)}
        </Typography>
        {props.children}
        <Button
          variant="contained"
          disabled={Boolean(props.busy) || running}
          aria-describedby={reasonId}
          onClick={() => void confirm()}
        >
          {props.label}
        </Button>
      </Box>
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 1.5 }}>
          {error}
        </Alert>
      )}
    </Paper>
  );
}
