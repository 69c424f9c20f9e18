import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { filtersSentence, registerFilterWords, shownOf } from '../../../../shared/rules/filter-words.ts';
import { PRINTABLE_PEOPLE } from '../../../../shared/rules/printable.ts';
import { usePrinting } from '../../components/usePrinting.ts';
import { attempt } from '../../stores/notices.ts';
import { LeadOnly } from '../../components/LeadOnly.tsx';
import { href } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAppStore } from '../../stores/app.ts';
import { Failed, Loading } from '../../components/PageState.tsx';
import { dataOf } from '../../stores/loadable.ts';
import { downloadRegisterPdf, staffList, useStaffView } from '../../stores/staff.ts';
import { ClaimBanner } from '../claims/ClaimBanner.tsx';
import { StaffTable } from './StaffTable.tsx';
import { visibleWorkers } from '../../../../shared/rules/staff-list.ts';

export function StaffListPage() {
  const { search, sort, showLeavers, setSearch, setShowLeavers } = useStaffView();
  const today = useAppStore((s) => s.status?.today ?? '');
  const printing = usePrinting();
  const register = staffList.use(null);
  const workers = useMemo(() => dataOf(register) ?? [], [register]);

  const rows = useMemo(
    () => visibleWorkers(workers, { search, showLeavers, sort, today }),
    [workers, search, showLeavers, sort, today],
  );

  return (
    <>
      <PageHeader
        title="Staff register"
        subtitle="Social prescribing link workers, care coordinators and health and wellbeing coaches"
        actions={
          <>
            <Button
              variant="outlined"
              disabled={rows.length === 0}
              onClick={() =>
                attempt('download the printable register', () => downloadRegisterPdf({ search, showLeavers, sort }))
              }
            >
              Download PDF
            </Button>
            <LeadOnly>
              <Button variant="outlined" href={href('import')}>
                Import from a spreadsheet
              </Button>
              <Button variant="contained" href={href('staff/new')}>
                Add worker
              </Button>
            </LeadOnly>
          </>
        }
      />
      <ClaimBanner />
      <Paper sx={{ p: 2 }} className="print-landscape">
        <Typography className="print-only" sx={{ mb: 1 }}>
          {`As at ${formatUkDate(today)}. ${filtersSentence(registerFilterWords({ search, showLeavers }))}.`}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
          <TextField
            className="no-print"
            type="search"
            label="Search staff"
            placeholder="Name, role, employer, practice or supervisor"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            sx={{ maxWidth: 420 }}
          />
          <FormControlLabel
            className="no-print"
            control={<Switch checked={showLeavers} onChange={(e) => setShowLeavers(e.target.checked)} />}
            label="Show leavers"
          />
          <Typography role="status" color="text.secondary" sx={{ ml: 'auto' }}>
            {register.status !== 'ready'
              ? 'Loading…'
              : workers.length === 0
                ? 'No workers yet'
                : `Showing ${shownOf(rows.length, workers.length, 'worker')}`}
          </Typography>
        </Box>
        {register.status === 'failed' ? (
          <Failed what="the staff register" message={register.error.message} retry={() => void staffList.load(null)} />
        ) : register.status === 'loading' ? (
          <Loading what="the staff register" />
        ) : printing && rows.length > PRINTABLE_PEOPLE.register ? (
          <Typography>
            {`${rows.length.toLocaleString('en-GB')} workers are too many to print (at most ${PRINTABLE_PEOPLE.register.toLocaleString('en-GB')}): search for fewer.`}
          </Typography>
        ) : (
          <StaffTable rows={rows} today={today} empty={workers.length === 0} />
        )}
      </Paper>
    </>
  );
}
