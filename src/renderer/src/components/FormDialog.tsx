import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { ErrorSummary } from './ErrorSummary.tsx';

/** A small dialog holding one form; the caller owns the fields and what saving does; a failure shows in its summary. */
export function FormDialog(props: {
  open: boolean;
  title: string;
  submitLabel: string;
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  onClose(): void;
  onSubmit(): void;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Dialog open={props.open} onClose={props.onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form
        noValidate
        // Only the fields scroll: the title and the buttons stay in view, and the error summary sticks under the title.
        style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <DialogTitle id={titleId}>{props.title}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
          <ErrorSummary message={props.error ?? null} busy={props.busy ?? false} inDialog />
          {props.children}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>Cancel</Button>
          <Button
            type="submit"
            variant="contained"
            color={props.danger ? 'error' : 'primary'}
            disabled={props.busy ?? false}
          >
            {props.submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
