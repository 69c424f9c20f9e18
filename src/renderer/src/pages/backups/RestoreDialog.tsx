import Typography from '@mui/material/Typography';
import type { BackupRestored, BackupSummary } from '../../../../shared/domain/backups.ts';
import { BACKUP_KIND_LABELS } from '../../../../shared/domain/backups.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { ApiError } from '../../api/api-error.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { restoreBackup } from '../../stores/backups.ts';
import { holdingsInWords } from './backupWords.ts';

/** The backend refuses a backup (it fails its check, or has gone) before it changes anything: say so. */
function saysNothingChanged(error: unknown): unknown {
  if (!(error instanceof ApiError) || (error.code !== 'CONFLICT' && error.code !== 'NOT_FOUND')) return error;
  const sentence = /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
  return new ApiError({ code: error.code, message: `${sentence} Nothing has been changed.` });
}

/**
 * Says plainly what a restore does before it is done: what the backup holds and that everything since it was made
 * is replaced, the data as it is now being kept first (and in team mode, that everyone signs in again). A refusal (the backup fails its check) shows here and
 * changes nothing.
 */
export function RestoreDialog(props: {
  backup: BackupSummary;
  onClose(): void;
  onRestored(restored: BackupRestored): void;
}) {
  const team = useAppStore((s) => s.status?.mode === 'team');
  const { submit, formError, busy } = useSubmit();
  const made = formatUkDateTime(props.backup.madeAt);

  const restore = async () => {
    const restored = await submit(async () => {
      try {
        return await restoreBackup(props.backup.id);
      } catch (error) {
        throw saysNothingChanged(error);
      }
    });
    if (restored !== undefined) props.onRestored(restored);
  };

  return (
    <FormDialog
      open
      title="Restore this backup?"
      submitLabel="Restore"
      danger
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() => void restore()}
    >
      <Typography>
        {`The backup made ${made} (${BACKUP_KIND_LABELS[props.backup.kind].toLowerCase()}) holds ${holdingsInWords(props.backup)}.`}
      </Typography>
      <Typography>
        <strong>{`Everything entered since ${made} will be replaced by this backup.`}</strong>
        {' The data as it is now is kept first as a backup of its own, so you can go back.'}
      </Typography>
      {team && (
        <Typography>
          Accounts and passwords go back to how they were in the backup, and everyone, you included, must sign in again.
        </Typography>
      )}
    </FormDialog>
  );
}
