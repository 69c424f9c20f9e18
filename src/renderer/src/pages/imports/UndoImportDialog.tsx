import Typography from '@mui/material/Typography';
import type { ImportKind, ImportUndone } from '../../../../shared/domain/imports.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { undoImport } from '../../stores/imports.ts';
import { rowsAdded } from './importWords.ts';

export interface UndoableImport {
  batchId: number;
  kind: ImportKind;
  fileName: string;
  added: number;
}

/** Asks before taking an import back as a whole; the register and the matrix refresh from the change it announces. */
export function UndoImportDialog(props: {
  batch: UndoableImport | null;
  onClose(): void;
  onUndone(undone: ImportUndone): void;
}) {
  const { submit, busy, formError, clear } = useSubmit();
  const { batch } = props;
  const close = () => {
    clear();
    props.onClose();
  };
  return (
    <FormDialog
      open={batch !== null}
      title={batch ? `Undo the import of ${batch.fileName}?` : ''}
      submitLabel="Undo the import"
      danger
      busy={busy}
      error={formError}
      onClose={close}
      onSubmit={() =>
        void submit(async () => {
          if (!batch) return;
          const undone = await undoImport(batch.batchId);
          props.onUndone(undone);
          close();
        })
      }
    >
      {batch && (
        <Typography>
          {batch.kind === 'training'
            ? `The ${rowsAdded(batch.kind, batch.added)} it added are withdrawn, each kept in its history with the undo as the reason. Records corrected since the import stop the undo.`
            : `The ${rowsAdded(batch.kind, batch.added)} it added to the staff register are taken out again.`}
        </Typography>
      )}
    </FormDialog>
  );
}
