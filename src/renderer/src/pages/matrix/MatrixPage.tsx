import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import type { Matrix } from '../../../../shared/domain/compliance.ts';
import { filtersSentence, matrixFilterWords } from '../../../../shared/rules/filter-words.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { filterMatrixRows, NO_FILTER } from '../../../../shared/rules/matrix-view.ts';
import { useAbilities } from '../../app/abilities.ts';
import { href, useRoute } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Failed, Loading } from '../../components/PageState.tsx';
import { StatusLegend } from '../../components/StatusLegend.tsx';
import { usePrinting } from '../../components/usePrinting.ts';
import { downloadMatrixPdf, trainingMatrix, useMatrixView } from '../../stores/compliance.ts';
import { dataOf } from '../../stores/loadable.ts';
import { attempt } from '../../stores/notices.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';
import { ExportCsvDialog } from './ExportCsvDialog.tsx';
import { filterOfAddress } from './matrix-address.ts';
import { exportMatrixCsv } from './matrix-export.ts';
import { MatrixFilters } from './MatrixFilters.tsx';
import { MatrixHeadline } from './MatrixHeadline.tsx';
import { MatrixPrint } from './MatrixPrint.tsx';
import { MatrixTable } from './MatrixTable.tsx';
import { RecordForSelected } from './RecordForSelected.tsx';
import { useRowSelection } from './useRowSelection.ts';

export function MatrixPage() {
  const { filter, setFilter } = useMatrixView();
  const state = trainingMatrix.use(null);
  const matrix = dataOf(state);
  const { employers, practices, load: loadOrganisation } = useOrganisationStore();
  const [choosing, setChoosing] = useState(false);
  const address = useRoute().query.toString();

  useEffect(() => {
    // A link that names filters (the home page's counts) shows exactly those; a bare address keeps the last ones.
    const asked = filterOfAddress(new URLSearchParams(address));
    if (asked) setFilter(asked);
  }, [address, setFilter]);

  useEffect(() => {
    void loadOrganisation();
  }, [loadOrganisation]);

  const rows = useMemo(() => (matrix ? filterMatrixRows(matrix, filter) : []), [matrix, filter]);
  const names = useMemo(() => {
    const employer = new Map(employers.map((e) => [e.id, e.name]));
    const practice = new Map(practices.map((p) => [p.id, p.name]));
    return {
      employer: (id: number) => employer.get(id) ?? '',
      practice: (id: number | null) => (id === null ? '' : (practice.get(id) ?? '')),
    };
  }, [employers, practices]);
  const filters = matrixFilterWords(filter, names);
  const partial = matrix !== undefined && rows.length !== matrix.rows.length;

  const exportCsv = (which: 'shown' | 'everyone') => {
    setChoosing(false);
    if (matrix) exportMatrixCsv(matrix, which === 'shown' ? rows : matrix.rows, names, filters);
  };

  return (
    <>
      <PageHeader
        title="Training matrix"
        subtitle="Everyone against every requirement in force for their role. Select a cell to open the record."
        actions={
          <>
            <Button
              variant="outlined"
              disabled={rows.length === 0}
              onClick={() => attempt('download the printable matrix', () => downloadMatrixPdf(filter))}
            >
              Download PDF
            </Button>
            <Button
              variant="outlined"
              disabled={!matrix || matrix.rows.length === 0}
              onClick={() => (partial ? setChoosing(true) : exportCsv('everyone'))}
            >
              Export CSV
            </Button>
          </>
        }
      />
      <Paper sx={{ p: 2 }} className="print-landscape">
        {state.status === 'failed' ? (
          <Failed
            what="the training matrix"
            message={state.error.message}
            retry={() => void trainingMatrix.load(null)}
          />
        ) : !matrix ? (
          <Loading what="the training matrix" />
        ) : matrix.rows.length === 0 ? (
          <NoOneYet />
        ) : (
          <>
            <Typography className="print-only" sx={{ mb: 1 }}>
              {`As at ${formatUkDate(matrix.today)}. ${filtersSentence(filters)}.`}
            </Typography>
            <MatrixHeadline rows={rows} total={matrix.rows.length} />
            <StatusLegend expiringSoonDays={matrix.expiringSoonDays} />
            <MatrixFilters filter={filter} setFilter={setFilter} employers={employers} practices={practices} />
            <MatrixBody matrix={matrix} rows={rows} clear={() => setFilter(NO_FILTER)} />
          </>
        )}
      </Paper>
      {matrix && (
        <ExportCsvDialog
          open={choosing}
          choice={{ shown: rows.length, everyone: matrix.rows.length, filters }}
          onClose={() => setChoosing(false)}
          onExport={exportCsv}
        />
      )}
    </>
  );
}

function MatrixBody({ matrix, rows, clear }: { matrix: Matrix; rows: Matrix['rows']; clear(): void }) {
  const printing = usePrinting();
  const { changesAll } = useAbilities();
  const selection = useRowSelection();
  if (rows.length > 0 && printing) return <MatrixPrint matrix={matrix} rows={rows} />;
  if (rows.length > 0) {
    return (
      <>
        {changesAll && <RecordForSelected matrix={matrix} selection={selection} />}
        <MatrixTable matrix={matrix} rows={rows} selection={changesAll ? selection : null} />
      </>
    );
  }
  return (
    <Box sx={{ p: 3, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography>No one matches these filters.</Typography>
      <Button onClick={clear}>Clear the filters</Button>
    </Box>
  );
}

/** A new PCN, or a supervisor with no one to supervise yet: what the matrix is for and what to do first. */
function NoOneYet() {
  const { changesAll } = useAbilities();
  return (
    <Box sx={{ p: 2, maxWidth: 720 }}>
      <Typography variant="h2" gutterBottom>
        No one to show yet
      </Typography>
      <Typography sx={{ mb: 2 }}>
        {changesAll
          ? 'The matrix shows everyone in the staff register against the requirements for their role. Add your link workers, care coordinators and coaches to the register, and each appears here with their requirements.'
          : 'The matrix shows the people whose training you can see. There is no one yet: your PCN workforce lead adds people to the staff register.'}
      </Typography>
      {changesAll && (
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <Button variant="contained" href={href('staff/new')}>
            Add a worker
          </Button>
          <Button variant="outlined" href={href('import')}>
            Import from a spreadsheet
          </Button>
        </Box>
      )}
    </Box>
  );
}
