import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { ComplianceReport } from '../../../../shared/domain/reports.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { withArticle } from '../../../../shared/rules/words.ts';
import { useAbilities } from '../../app/abilities.ts';
import { href } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import { dataOf } from '../../stores/loadable.ts';
import { attempt } from '../../stores/notices.ts';
import { complianceReport, downloadComplianceCsv, useReportsView } from '../../stores/reports.ts';
import { GroupDetails } from './GroupDetails.tsx';
import { SummaryTable } from './SummaryTable.tsx';

/** Compliance by practice (where each practice answers to the CQC for its staff) or by employer. */
export function ReportsPage() {
  const { by, setBy } = useReportsView();
  const state = complianceReport.use(by);
  const report = dataOf(state);
  return (
    <>
      <PageHeader
        title="Compliance reports"
        subtitle="Each requirement's figures for the people based at each practice, or employed by each employer. Leavers are left out."
        actions={
          <Button
            variant="outlined"
            disabled={!report || report.groups.length === 0}
            onClick={() => attempt('download the compliance report', () => downloadComplianceCsv(by))}
          >
            Download CSV
          </Button>
        }
      />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          aria-label="Group people"
          sx={{ bgcolor: 'background.paper' }}
          value={by}
          onChange={(_, chosen: typeof by | null) => chosen && setBy(chosen)}
        >
          <ToggleButton value="practice">By practice</ToggleButton>
          <ToggleButton value="employer">By employer</ToggleButton>
        </ToggleButtonGroup>
        {report && <Typography color="text.secondary">{`As at ${formatUkDate(report.today)}`}</Typography>}
      </Box>
      <PageState state={state} what="the compliance report" retry={() => void complianceReport.load(by)}>
        {(data) => <ReportBody report={data} />}
      </PageState>
    </>
  );
}

function ReportBody({ report }: { report: ComplianceReport }) {
  if (report.groups.length === 0) return <NoGroupsYet report={report} />;
  return (
    <>
      <Paper sx={{ p: 2, mb: 3 }}>
        <SummaryTable report={report} />
      </Paper>
      <Typography variant="h2" sx={{ mb: 1 }}>
        By requirement
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {`Open ${withArticle(report.by)} to see each requirement's counts and % compliant.`}
      </Typography>
      {report.groups.map((group) => (
        <GroupDetails key={`${report.by}-${group.id ?? 'none'}`} group={group} by={report.by} />
      ))}
    </>
  );
}

/** A PCN with no practices (or employers) recorded yet: where to add them. */
function NoGroupsYet({ report }: { report: ComplianceReport }) {
  const { changesAll } = useAbilities();
  const what = report.by === 'practice' ? 'practices' : 'employers';
  return (
    <Paper sx={{ p: 3, maxWidth: 720 }}>
      <Typography variant="h2" gutterBottom>
        {`No ${what} yet`}
      </Typography>
      <Typography sx={{ mb: changesAll ? 2 : 0 }}>
        {`The report shows compliance for each of the PCN's ${what}. ${
          changesAll ? `Add them under Organisation.` : 'Your PCN workforce lead adds them under Organisation.'
        }`}
      </Typography>
      {changesAll && (
        <Button variant="contained" href={href('organisation')}>
          Open Organisation
        </Button>
      )}
    </Paper>
  );
}
