import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { countOf } from '../../../../shared/rules/words.ts';
import { href, navigate } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import type { AuditFilters } from '../../stores/audit.ts';
import { auditLog, downloadAuditCsv } from '../../stores/audit.ts';
import { dataOf } from '../../stores/loadable.ts';
import { attempt } from '../../stores/notices.ts';
import { AuditFilterBar } from './AuditFilterBar.tsx';
import { AuditTable } from './AuditTable.tsx';
import type { AuditView, PageSize } from './auditView.ts';
import { auditRouteOf, auditViewOf, hasFilters, NO_FILTERS } from './auditView.ts';
import { IntegrityPanel } from './IntegrityPanel.tsx';

const entries = (n: number) => countOf(n, 'entry', 'entries');
const matchWord = (n: number) => (n === 1 ? ' matches these filters' : ' match these filters');

export function AuditPage({ query }: { query: URLSearchParams }) {
  const view = auditViewOf(query);
  const { filters, page, pageSize } = view;
  const key = { ...filters, limit: pageSize, offset: page * pageSize };
  const state = auditLog.use(key);
  const total = dataOf(state)?.total;
  // Filters the backend refused (dates the wrong way round) are said at the fields, where they were chosen.
  const refused = state.status === 'failed' && state.error.code === 'VALIDATION' ? state.error : null;
  const show = (next: AuditView) => navigate(auditRouteOf(next));
  const filterBy = (next: AuditFilters) => show({ filters: next, page: 0, pageSize });

  return (
    <>
      <PageHeader
        title="Audit log"
        subtitle="Every change, who made it, and the values before and after. Entries are never edited or deleted."
      />
      <IntegrityPanel />
      <Paper sx={{ p: 2 }}>
        <AuditFilterBar filters={filters} dateErrors={refused?.fields ?? {}} onChange={filterBy} />
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1 }}>
          <Typography role="status" color="text.secondary">
            {total === undefined ? '' : `${entries(total)}${hasFilters(filters) ? matchWord(total) : ''}`}
          </Typography>
          {hasFilters(filters) && <Button onClick={() => filterBy(NO_FILTERS)}>Clear filters</Button>}
          <ExportButton filters={filters} total={total} />
        </Box>
        {refused ? (
          <Alert severity="warning">{`${refused.message}: correct the filters to see entries.`}</Alert>
        ) : (
          <PageState
            state={state}
            what="the audit log"
            back={{ href: href('staff'), label: 'Back to the staff register' }}
            retry={() => void auditLog.load(key)}
          >
            {(log) =>
              log.total === 0 ? (
                <NoEntries filtered={hasFilters(filters)} onClear={() => filterBy(NO_FILTERS)} />
              ) : (
                <AuditTable
                  log={log}
                  page={page}
                  pageSize={pageSize}
                  onPage={(next: number, size: PageSize) => show({ filters, page: next, pageSize: size })}
                />
              )
            }
          </PageState>
        )}
      </Paper>
    </>
  );
}

/** Every entry the filters match, not only this page, as CSV. */
function ExportButton({ filters, total }: { filters: AuditFilters; total: number | undefined }) {
  const [busy, setBusy] = useState(false);
  const exportCsv = () => {
    setBusy(true);
    attempt('export the audit log', () => downloadAuditCsv(filters).finally(() => setBusy(false)));
  };
  return (
    <Button variant="outlined" sx={{ ml: 'auto' }} disabled={busy || !total} onClick={exportCsv}>
      {busy ? 'Exporting…' : `Export ${total ? entries(total) : 'entries'} (CSV)`}
    </Button>
  );
}

function NoEntries({ filtered, onClear }: { filtered: boolean; onClear(): void }) {
  return (
    <Box sx={{ py: 4, textAlign: 'center' }}>
      <Typography sx={{ mb: 1 }}>
        {filtered ? 'No entries match these filters.' : 'Nothing has been recorded yet.'}
      </Typography>
      {filtered && <Button onClick={onClear}>Clear filters</Button>}
    </Box>
  );
}
