import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Papa from 'papaparse';
import { useEffect, useMemo } from 'react';
import { ROLE_LABELS, ROLES } from '../../../../shared/domain/staff.ts';
import type { ComplianceStatus } from '../../../../shared/rules/compliance.ts';
import { COMPLIANCE_LABELS, COMPLIANCE_STATUSES } from '../../../../shared/rules/compliance.ts';
import { filterMatrixRows, matrixCsvRows, summariseMatrix } from '../../../../shared/rules/matrix-view.ts';
import { saveFile } from '../../api/download.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SelectField, idText, textId } from '../../components/SelectField.tsx';
import { Failed } from '../../components/PageState.tsx';
import { trainingMatrix, useMatrixView } from '../../stores/compliance.ts';
import { dataOf } from '../../stores/loadable.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';
import { MatrixTable } from './MatrixTable.tsx';

export function MatrixPage() {
  const { filter, setFilter } = useMatrixView();
  const state = trainingMatrix.use(null);
  const matrix = dataOf(state);
  const { employers, practices, load: loadOrganisation } = useOrganisationStore();

  useEffect(() => {
    void loadOrganisation();
  }, [loadOrganisation]);

  const rows = useMemo(() => (matrix ? filterMatrixRows(matrix, filter) : []), [matrix, filter]);
  const summary = useMemo(() => summariseMatrix(rows), [rows]);

  const exportCsv = () => {
    if (!matrix) return;
    const employerName = new Map(employers.map((e) => [e.id, e.name]));
    const practiceName = new Map(practices.map((p) => [p.id, p.name]));
    const csv = Papa.unparse(
      matrixCsvRows(matrix, rows, {
        employer: (id) => employerName.get(id) ?? '',
        practice: (id) => (id === null ? '' : (practiceName.get(id) ?? '')),
      }),
    );
    saveFile(`training-matrix-${matrix.today}.csv`, 'text/csv;charset=utf-8', { text: `\ufeff${csv}\r\n` });
  };

  return (
    <>
      <PageHeader
        title="Training matrix"
        subtitle="Everyone against every requirement in force for their role. Select a cell to open the record."
        actions={
          <Button variant="outlined" onClick={exportCsv} disabled={!matrix}>
            Export CSV
          </Button>
        }
      />
      <Paper sx={{ p: 2 }}>
        <Box role="status" sx={{ display: 'flex', gap: 1, mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography component="span" sx={{ fontSize: '1.25rem', fontWeight: 600, mr: 1 }}>
            {matrix ? `${summary.percent.toFixed(1)}% compliant` : state.status === 'loading' ? 'Loading…' : ''}
          </Typography>
          {matrix && (
            <>
              <Chip label={`${summary.overdue.toLocaleString('en-GB')} overdue`} color="error" variant="outlined" />
              <Chip
                label={`${summary.dueSoon.toLocaleString('en-GB')} due or expiring soon`}
                color="warning"
                variant="outlined"
              />
              <Typography component="span" color="text.secondary" sx={{ ml: 'auto' }}>
                {`${rows.length.toLocaleString('en-GB')} of ${matrix.rows.length.toLocaleString('en-GB')} people · expiring soon means within ${matrix.expiringSoonDays} days`}
              </Typography>
            </>
          )}
        </Box>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr 1fr', lg: '2fr 1.5fr 1.5fr 1.5fr 1.2fr auto' },
            gap: 1.5,
            mb: 1,
          }}
        >
          <TextField
            type="search"
            label="Search people"
            value={filter.search}
            onChange={(e) => setFilter({ search: e.target.value })}
          />
          <SelectField
            label="Role"
            value={filter.role}
            options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            noneLabel="All roles"
            onChange={(v) => setFilter({ role: v as typeof filter.role })}
          />
          <SelectField
            label="Employer"
            value={idText(filter.employerId)}
            options={employers.map((e) => ({ value: String(e.id), label: e.name }))}
            noneLabel="All employers"
            onChange={(v) => setFilter({ employerId: textId(v) })}
          />
          <SelectField
            label="Practice"
            value={idText(filter.practiceId)}
            options={practices.map((p) => ({ value: String(p.id), label: p.name }))}
            noneLabel="All practices"
            onChange={(v) => setFilter({ practiceId: textId(v) })}
          />
          <SelectField
            label="Anyone with"
            value={filter.status}
            options={COMPLIANCE_STATUSES.filter((s) => s !== 'not_required').map((s) => ({
              value: s,
              label: COMPLIANCE_LABELS[s],
            }))}
            noneLabel="Any status"
            onChange={(v) => setFilter({ status: v as ComplianceStatus | '' })}
          />
          <FormControlLabel
            control={
              <Switch checked={filter.showLeavers} onChange={(e) => setFilter({ showLeavers: e.target.checked })} />
            }
            label="Leavers"
          />
        </Box>
        {matrix && <MatrixTable matrix={matrix} rows={rows} />}
        {state.status === 'failed' && (
          <Failed
            what="the training matrix"
            message={state.error.message}
            retry={() => void trainingMatrix.load(null)}
          />
        )}
      </Paper>
    </>
  );
}
