import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { BackupSummary } from '../../../../shared/domain/backups.ts';
import { BACKUP_KIND_LABELS } from '../../../../shared/domain/backups.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { sizeInWords } from './backupWords.ts';

const count = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-GB'));

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The backups, newest first: when, how, how big and what each holds; "Restore…" on each that looks whole. */
export function BackupsTable(props: { backups: readonly BackupSummary[]; onRestore(backup: BackupSummary): void }) {
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="Backups">
        <TableHead>
          <TableRow>
            <TableCell>Made</TableCell>
            <TableCell>Kind</TableCell>
            <TableCell align="right">Size</TableCell>
            <TableCell align="right">People</TableCell>
            <TableCell align="right">Training records</TableCell>
            <TableCell align="right">Evidence files</TableCell>
            <TableCell>Restore</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.backups.map((backup) => {
            const made = formatUkDateTime(backup.madeAt);
            // Two backups can be made in one minute (the one a restore keeps, say): the kind tells them apart.
            const named = `${made} (${BACKUP_KIND_LABELS[backup.kind].toLowerCase()})`;
            return (
              <TableRow key={backup.id} aria-label={`Backup made ${named}`}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{made}</TableCell>
                <TableCell>{BACKUP_KIND_LABELS[backup.kind]}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {sizeInWords(backup.sizeBytes)}
                </TableCell>
                <TableCell align="right">{count(backup.people)}</TableCell>
                <TableCell align="right">{count(backup.records)}</TableCell>
                <TableCell align="right">{count(backup.evidenceFiles)}</TableCell>
                <TableCell>
                  {backup.problem === null ? (
                    <Button
                      size="small"
                      variant="outlined"
                      aria-label={`Restore the backup made ${named}`}
                      onClick={() => props.onRestore(backup)}
                    >
                      Restore…
                    </Button>
                  ) : (
                    <Typography variant="body2" color="error.main">
                      {`Cannot be restored. ${sentence(backup.problem)}`}
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
