import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ImportBatchSummary } from '../../../../shared/domain/imports.ts';
import { formatUkDateTime, formatUkDayOf } from '../../../../shared/rules/dates.ts';
import { Failed, PageState } from '../../components/PageState.tsx';
import { recentImports } from '../../stores/imports.ts';
import { rowsAdded } from './importWords.ts';
import type { UndoableImport } from './UndoImportDialog.tsx';
import { UndoImportDialog } from './UndoImportDialog.tsx';

/** The lead's recent imports, each with what it added, and undo for those not undone yet. */
export function RecentImports() {
  const list = recentImports.use(null);
  const [undoing, setUndoing] = useState<UndoableImport | null>(null);
  const retry = () => void recentImports.load(null);
  return (
    <Paper component="section" aria-labelledby="recent-imports-heading" sx={{ p: 2, mt: 3 }}>
      <Typography variant="h2" id="recent-imports-heading" sx={{ mb: 1 }}>
        Recent imports
      </Typography>
      {list.status === 'failed' ? (
        // Part of a page that works without it: a retry, and no way "back" from the page.
        <Failed what="the recent imports" message={list.error.message} retry={retry} />
      ) : (
        <PageState state={list} what="the recent imports" retry={retry}>
          {(batches) =>
            batches.length === 0 ? (
              <Typography color="text.secondary">Nothing has been imported yet.</Typography>
            ) : (
              <TableContainer sx={{ overflowX: 'auto' }}>
                <Table size="small" aria-labelledby="recent-imports-heading">
                  <TableHead>
                    <TableRow>
                      <TableCell>Imported</TableCell>
                      <TableCell>File</TableCell>
                      <TableCell>Added</TableCell>
                      <TableCell>By</TableCell>
                      <TableCell>Undo</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {batches.map((b) => (
                      <BatchRow key={b.id} batch={b} onUndo={setUndoing} />
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )
          }
        </PageState>
      )}
      <UndoImportDialog batch={undoing} onClose={() => setUndoing(null)} onUndone={() => setUndoing(null)} />
    </Paper>
  );
}

function BatchRow({ batch, onUndo }: { batch: ImportBatchSummary; onUndo(b: UndoableImport): void }) {
  const when = formatUkDateTime(batch.importedAt);
  return (
    <TableRow>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{when}</TableCell>
      <TableCell sx={{ overflowWrap: 'break-word', minWidth: '14ch' }}>{batch.fileName}</TableCell>
      <TableCell>{rowsAdded(batch.kind, batch.added)}</TableCell>
      <TableCell>{batch.importedBy}</TableCell>
      <TableCell>
        {batch.undoneAt ? (
          <Typography variant="body2" color="text.secondary">
            {`Undone ${formatUkDayOf(batch.undoneAt)}${batch.undoneBy ? ` by ${batch.undoneBy}` : ''}`}
          </Typography>
        ) : batch.added === 0 ? (
          <Typography variant="body2" color="text.secondary">
            Nothing to undo
          </Typography>
        ) : (
          <Button
            size="small"
            color="error"
            aria-label={`Undo the import of ${batch.fileName} on ${when}`}
            onClick={() =>
              onUndo({ batchId: batch.id, kind: batch.kind, fileName: batch.fileName, added: batch.added })
            }
          >
            Undo
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
