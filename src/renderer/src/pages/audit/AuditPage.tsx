import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo } from 'react';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { href, navigate } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import type { AuditLog } from '../../stores/audit.ts';
import { auditLog, showOlderEntries } from '../../stores/audit.ts';
import { dataOf } from '../../stores/loadable.ts';
import { attempt } from '../../stores/notices.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';
import { staffList } from '../../stores/staff.ts';
import { ChangeDetails } from './ChangeDetails.tsx';
import { IntegrityPanel } from './IntegrityPanel.tsx';

export function AuditPage({ workerId }: { workerId: number | null }) {
  const state = auditLog.use(workerId);
  const register = staffList.use(null);
  const loadOrganisation = useOrganisationStore((s) => s.load);

  // The organisation gives names to the ids an entry's details mention.
  useEffect(() => {
    void loadOrganisation();
  }, [loadOrganisation]);

  const options = useMemo(() => (dataOf(register) ?? []).map((w) => ({ id: w.id, label: w.name })), [register]);
  const selected = options.find((o) => o.id === workerId) ?? null;
  const total = dataOf(state)?.total;

  return (
    <>
      <PageHeader
        title="Audit log"
        subtitle="Every change, who made it, and the values before and after. Entries are never edited or deleted."
      />
      <IntegrityPanel />
      <Paper sx={{ p: 2 }}>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
          <Autocomplete
            sx={{ width: 360 }}
            options={options}
            value={selected}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            onChange={(_e, option) => navigate(option ? `audit?worker=${option.id}` : 'audit')}
            renderInput={(params) => <TextField {...params} label="Filter by worker" />}
          />
          <Typography role="status" color="text.secondary" sx={{ ml: 'auto' }}>
            {total === undefined ? '' : `${total.toLocaleString('en-GB')} ${total === 1 ? 'entry' : 'entries'}`}
          </Typography>
        </Box>
        <PageState
          state={state}
          what="the audit log"
          back={{ href: href('staff'), label: 'Back to the staff register' }}
          retry={() => void auditLog.load(workerId)}
        >
          {(log) => <AuditTable log={log} workerId={workerId} />}
        </PageState>
      </Paper>
    </>
  );
}

function AuditTable({ log, workerId }: { log: AuditLog; workerId: number | null }) {
  return (
    <>
      <Table size="small" aria-label="Audit log">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 150 }}>When</TableCell>
            <TableCell sx={{ width: 220 }}>Who</TableCell>
            <TableCell>What</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {log.entries.map((e) => (
            <TableRow key={e.id} sx={{ verticalAlign: 'top' }}>
              <TableCell>{formatUkDateTime(e.at)}</TableCell>
              <TableCell>{e.actor}</TableCell>
              <TableCell>
                {e.summary}
                <ChangeDetails before={e.before} after={e.after} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {log.entries.length < log.total && (
        <Button sx={{ mt: 2 }} onClick={() => attempt('show older entries', () => showOlderEntries(workerId))}>
          Show older entries
        </Button>
      )}
    </>
  );
}
