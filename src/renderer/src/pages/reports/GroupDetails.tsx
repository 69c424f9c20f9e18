import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import SvgIcon from '@mui/material/SvgIcon';
import Typography from '@mui/material/Typography';
import type { ComplianceGroup, ReportGrouping } from '../../../../shared/domain/reports.ts';
import { emptyGroupText, groupHeadline } from './figures.ts';
import { GroupTable } from './GroupTable.tsx';

/** One practice or employer, opened to show each requirement's counts and %. */
export function GroupDetails({ group, by }: { group: ComplianceGroup; by: ReportGrouping }) {
  return (
    <Accordion disableGutters slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandIcon />}>
        <div>
          <Typography component="span" sx={{ fontWeight: 600, display: 'block' }}>
            {group.name}
          </Typography>
          <Typography component="span" color="text.secondary" sx={{ display: 'block' }}>
            {group.odsCode ? `ODS code ${group.odsCode} · ${groupHeadline(group)}` : groupHeadline(group)}
          </Typography>
        </div>
      </AccordionSummary>
      <AccordionDetails>
        {group.headcount === 0 ? (
          <Typography>{emptyGroupText(by)}</Typography>
        ) : group.requirements.length === 0 ? (
          <Typography>Nothing is required of the people here yet.</Typography>
        ) : (
          <GroupTable group={group} />
        )}
      </AccordionDetails>
    </Accordion>
  );
}

/** The chevron that turns as the group opens. */
const ExpandIcon = () => (
  <SvgIcon aria-hidden>
    <path d="M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z" />
  </SvgIcon>
);
