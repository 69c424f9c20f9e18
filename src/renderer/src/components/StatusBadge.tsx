import Box from '@mui/material/Box';
import type { ComplianceStatus, RequirementStatus } from '../../../shared/rules/compliance.ts';
import { COMPLIANCE_LABELS } from '../../../shared/rules/compliance.ts';
import { cellDateText } from '../../../shared/rules/matrix-view.ts';
import type { ToneColours } from '../../../shared/rules/status-tone.ts';
import { statusColours } from '../../../shared/rules/status-tone.ts';

/** A word in a tinted box with a thick left edge: the colour helps, the word carries the meaning. */
export function ToneBadge({ colours, label, detail }: { colours: ToneColours; label: string; detail?: string }) {
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        flexDirection: 'column',
        px: 0.75,
        py: 0.25,
        borderRadius: 1,
        border: `1px solid ${colours.border}`,
        borderLeftWidth: 4,
        bgcolor: colours.bg,
        color: colours.fg,
        fontSize: '0.75rem',
        lineHeight: 1.3,
        minWidth: 0,
        whiteSpace: 'nowrap',
      }}
    >
      <Box component="span" sx={{ fontWeight: 600 }}>
        {label}
      </Box>
      {detail && <span>{detail}</span>}
    </Box>
  );
}

/** A requirement's status in the legend's colour and word (the status's own, or `label`), with an optional date. */
export function StatusBadge({
  status,
  detail,
  label,
}: {
  status: ComplianceStatus;
  detail?: string | undefined;
  label?: string;
}) {
  return (
    <ToneBadge
      colours={statusColours(status)}
      label={label ?? COMPLIANCE_LABELS[status]}
      {...(detail ? { detail } : {})}
    />
  );
}

/** A requirement's status with what its date means, as the matrix shows it: "Not yet due / due 03/05/2027". */
export function RequirementStatusBadge({ status, today }: { status: RequirementStatus; today: string }) {
  return <StatusBadge status={status.status} detail={cellDateText({ s: status.status, d: status.date }, today)} />;
}
