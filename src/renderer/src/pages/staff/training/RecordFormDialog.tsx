import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Requirement } from '../../../../../shared/domain/requirements.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { useSubmit } from '../../../components/useSubmit.ts';
import type { RecordDraft, RecordInput } from './recordDraft.ts';
import { inputOfDraft } from './recordDraft.ts';
import { RecordFields } from './RecordFields.tsx';

/** A record's fields in a dialog, for recording and for correcting: `save` sends them, and the dialog closes once saved. */
export function RecordFormDialog(props: {
  title: string;
  submitLabel: string;
  requirement: Requirement;
  startingDraft(): RecordDraft;
  save(input: RecordInput): Promise<void>;
  onClose(): void;
  /** Above the fields. */
  intro?: ReactNode;
  filesLabel?: string;
  filesHint: string;
  /** Below the fields, given the backend's per-field messages. */
  moreFields?(errors: Record<string, string>): ReactNode;
}) {
  const [draft, setDraft] = useState(props.startingDraft);
  const { submit, fieldErrors, formError, busy } = useSubmit();

  return (
    <FormDialog
      open
      title={props.title}
      submitLabel={props.submitLabel}
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await props.save(await inputOfDraft(draft));
          props.onClose();
        })
      }
    >
      {props.intro}
      <RecordFields
        draft={draft}
        onChange={setDraft}
        requirement={props.requirement}
        errors={fieldErrors}
        filesLabel={props.filesLabel}
        filesHint={props.filesHint}
      />
      {props.moreFields?.(fieldErrors)}
    </FormDialog>
  );
}
