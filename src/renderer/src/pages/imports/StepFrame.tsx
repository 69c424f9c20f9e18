import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';

/**
 * One step of the wizard: its heading (which takes the cursor when the step opens, so a keyboard or screen-reader
 * user hears where they are), the step's own content, what went wrong last, and its Back and Next buttons.
 */
export function StepFrame(props: {
  title: string;
  /** False for the first step as the page opens: the page's own heading keeps the cursor then. */
  takeFocus: boolean;
  error: string | null;
  busy: boolean;
  /** What the wait is, while busy. */
  busyText?: string;
  children: ReactNode;
  onBack?: () => void;
  next?: { label: string; disabled?: boolean; onClick(): void };
  /** Buttons of the step's own, after Back (the check's import buttons). */
  actions?: ReactNode;
  /** Why Next cannot be used yet, beside it. */
  waiting?: string | null;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { takeFocus } = props;
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  return (
    <Box component="section" aria-labelledby="import-step-heading" sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" id="import-step-heading" ref={heading} tabIndex={-1}>
        {props.title}
      </Typography>
      {props.children}
      {props.error && (
        <Alert severity="error" role="alert">
          {props.error}
        </Alert>
      )}
      {(props.onBack || props.next || props.actions) && (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          {props.onBack && (
            <Button onClick={props.onBack} disabled={props.busy}>
              Back
            </Button>
          )}
          {props.next && (
            <Button
              variant="contained"
              onClick={props.next.onClick}
              disabled={props.busy || (props.next.disabled ?? false)}
              startIcon={props.busy ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
            >
              {props.next.label}
            </Button>
          )}
          {props.actions}
          {props.busy ? (
            <Typography role="status" color="text.secondary">
              {props.busyText ?? 'Checking the file…'}
            </Typography>
          ) : (
            props.waiting && <Typography color="text.secondary">{props.waiting}</Typography>
          )}
        </Box>
      )}
    </Box>
  );
}
