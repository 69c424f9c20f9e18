import type { ReactNode } from 'react';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';

/** Asks before a row is removed, saying what removing it means; closes once `remove` has done it. */
export function RemoveRowDialog(props: {
  title: string;
  remove(): Promise<unknown>;
  onClose(): void;
  children: ReactNode;
}) {
  const { submit, formError, busy } = useSubmit();
  return (
    <FormDialog
      open
      danger
      title={props.title}
      submitLabel="Remove"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () => {
          await props.remove();
          props.onClose();
        })
      }
    >
      {props.children}
    </FormDialog>
  );
}
