import type { ReactNode } from 'react';
import { useState } from 'react';
import { FormDialog } from './FormDialog.tsx';
import { ReasonField } from './ReasonField.tsx';
import { useSubmit } from './useSubmit.ts';

/** A dialog asking only why, for an audited change: `save` sends the reason, and the dialog closes once saved. */
export function ReasonDialog(props: {
  open?: boolean;
  title: string;
  submitLabel: string;
  danger?: boolean;
  /** What the change does, above the reason. */
  intro?: ReactNode;
  reasonLabel?: string;
  reasonHint?: string;
  save(reason: string): Promise<void>;
  onClose(): void;
  /** After closing, once saved. */
  onSaved?(): void;
}) {
  const [reason, setReason] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <FormDialog
      open={props.open ?? true}
      title={props.title}
      submitLabel={props.submitLabel}
      danger={props.danger}
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await props.save(reason);
          props.onClose();
          props.onSaved?.();
        })
      }
    >
      {props.intro}
      <ReasonField
        label={props.reasonLabel}
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
        hint={props.reasonHint}
      />
    </FormDialog>
  );
}
