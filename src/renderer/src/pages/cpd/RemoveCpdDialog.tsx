import Typography from '@mui/material/Typography';
import type { CpdEntry } from '../../../../shared/domain/cpd.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { removeCpdEntry } from '../../stores/cpd.ts';

/** Asks before an entry leaves the log: the audit log keeps what it said. */
export function RemoveCpdDialog({ entry, onClose }: { entry: CpdEntry; onClose(): void }) {
  const { submit, formError, busy } = useSubmit();
  const remove = async () => {
    const removed = await submit(async () => {
      await removeCpdEntry(entry.id);
      return true;
    });
    if (removed) onClose();
  };
  return (
    <FormDialog
      open
      danger
      title="Remove this CPD entry?"
      submitLabel="Remove"
      busy={busy}
      error={formError}
      onClose={onClose}
      onSubmit={() => void remove()}
    >
      <Typography>
        {entry.title}, {formatUkDate(entry.date)}. It leaves the log and stops counting towards any requirement; the
        audit log keeps a record of it.
      </Typography>
    </FormDialog>
  );
}
