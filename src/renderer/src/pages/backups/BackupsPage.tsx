import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { BackupList, BackupSummary } from '../../../../shared/domain/backups.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { href } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import { backupList } from '../../stores/backups.ts';
import { BackUpNowDialog } from './BackUpNowDialog.tsx';
import { BackupsTable } from './BackupsTable.tsx';
import { holdingsInWords } from './backupWords.ts';
import { RestoreDialog } from './RestoreDialog.tsx';

type Open = { kind: 'backUp' } | { kind: 'restore'; backup: BackupSummary } | null;

/** The backups of the data file and its evidence: where they are kept, making one now, and restoring one. */
export function BackupsPage() {
  const state = backupList.use(null);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const close = () => setOpen(null);
  const folder = state.status === 'ready' ? state.data.folder : null;

  return (
    <>
      <PageHeader
        title="Backups"
        subtitle="Copies of the data file and its evidence files, each checked when it was made."
        actions={
          folder !== null && (
            <Button variant="contained" onClick={() => setOpen({ kind: 'backUp' })}>
              Back up now…
            </Button>
          )
        }
      />
      {done && (
        <Alert severity="success" role="status" sx={{ mb: 2 }} onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      <PageState state={state} what="the backups" retry={() => void backupList.load(null)}>
        {(list) => (
          <Backups
            list={list}
            onRestore={(backup) => {
              setDone(null);
              setOpen({ kind: 'restore', backup });
            }}
          />
        )}
      </PageState>
      {open?.kind === 'backUp' && folder !== null && (
        <BackUpNowDialog
          folder={folder}
          onClose={close}
          onMade={(made) => {
            close();
            setDone(`Backed up ${holdingsInWords(made.backup)} to ${made.location}.`);
          }}
        />
      )}
      {open?.kind === 'restore' && (
        <RestoreDialog
          backup={open.backup}
          onClose={close}
          onRestored={({ restored, keptAs }) => {
            close();
            setDone(
              `Restored the backup made ${formatUkDateTime(restored.madeAt)}. ` +
                `The data as it was just before is kept as the backup made ${formatUkDateTime(keptAs.madeAt)}.`,
            );
          }}
        />
      )}
    </>
  );
}

function Backups({ list, onRestore }: { list: BackupList; onRestore(backup: BackupSummary): void }) {
  const days = countOf(list.keepDays, 'day');
  return (
    <>
      <Paper component="section" aria-label="Where backups are kept" sx={{ p: 2, mb: 2 }}>
        <Typography>
          {'Kept in '}
          <Typography component="code" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
            {list.folder}
          </Typography>
          .
        </Typography>
        <Typography sx={{ mt: 1 }}>
          {`Linkwork backs up once a day while it is in use, once the PCN is set up, and keeps the daily backups of the last ${days}; also before an upgrade or a restore, and whenever you choose “Back up now”. `}
          <Link href={href('settings')}>Change how many days in Settings</Link>. Backups made by hand stay until they
          are removed from the folder.
        </Typography>
      </Paper>
      {list.backups.length === 0 ? (
        <Alert severity="info" role="note">
          No backups yet: Linkwork makes one each day it is in use, or make one now with “Back up now”.
        </Alert>
      ) : (
        <BackupsTable backups={list.backups} onRestore={onRestore} />
      )}
    </>
  );
}
