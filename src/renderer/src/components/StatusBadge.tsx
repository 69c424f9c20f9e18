import Box from '@mui/material/Box';
import type { ComplianceStatus } from '../../../shared/rules/compliance.ts';
import { COMPLIANCE_LABELS } from '../../../shared/rules/compliance.ts';

/** Background and text colours per status, with enough contrast for the word on top (WCAG AA). */
export const STATUS_COLOURS: Record<ComplianceStatus, { bg: string; fg: string; border: string }> = {
  complete: { bg: '#e3f4ea', fg: '#00612c', border: '#007f3b' },
  expiring_soon: { bg: '#fff4d6', fg: '#6b4500', border: '#ffb81c' },
  due: { bg: '#fff4d6', fg: '#6b4500', border: '#ed8b00' },
  overdue: { bg: '#fbe3e1', fg: '#9a1c13', border: '#d5281b' },
  missing: { bg: '#ffffff', fg: '#9a1c13', border: '#d5281b' },
  not_required: { bg: '#f0f4f5', fg: '#4c6272', border: '#d8dde0' },
};

/** A status as a word in a tinted box: the colour helps, the word carries the meaning (the status's, or `label`). */
export function StatusBadge({
  status,
  detail,
  label,
}: {
  status: ComplianceStatus;
  detail?: string | undefined;
  label?: string;
}) {
  const colour = STATUS_COLOURS[status];
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        flexDirection: 'column',
        px: 0.75,
        py: 0.25,
        borderRadius: 1,
        border: `1px solid ${colour.border}`,
        borderLeftWidth: 4,
        bgcolor: colour.bg,
        color: colour.fg,
        fontSize: '0.75rem',
        lineHeight: 1.3,
        minWidth: 0,
        whiteSpace: 'nowrap',
      }}
    >
      <Box component="span" sx={{ fontWeight: 600 }}>
        {label ?? COMPLIANCE_LABELS[status]}
      </Box>
      {detail && <span>{detail}</span>}
    </Box>
  );
}
