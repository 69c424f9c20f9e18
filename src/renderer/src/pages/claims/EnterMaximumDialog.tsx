import Button from '@mui/material/Button';
import { useState } from 'react';
import type { MissingRate } from '../../../../shared/domain/rates.ts';
import { AREA_LABELS } from '../../../../shared/domain/rates.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { saveRate } from '../../stores/rates.ts';
import { RateDialog } from '../settings/RateDialog.tsx';

/**
 * The one-step fix for a line with no known maximum: the role, area and the gap in the financial year are filled
 * in, and once saved every line of that role in those months has its cap.
 */
export function EnterMaximumDialog({ missing, onClose }: { missing: MissingRate; onClose(): void }) {
  const role = ROLE_LABELS[missing.role].toLowerCase();
  return (
    <RateDialog
      title="Enter the ARRS maximum"
      submitLabel="Save maximum"
      intro={`No maximum is known for a ${role} (${AREA_LABELS[missing.area]}) from ${formatUkDate(missing.from)} to ${formatUkDate(missing.to)}. Enter the published figure for 1.0 WTE a year: every ${role} line in those months will use it.`}
      draft={{
        role: missing.role,
        area: missing.area,
        annualMaxPence: null,
        effectiveFrom: missing.from,
        effectiveTo: missing.to,
        source: '',
        mark: 'U',
        backdated: false,
      }}
      save={saveRate}
      onClose={onClose}
    />
  );
}

/** The flag's Fix: a button that opens the dialog above. */
export function EnterMaximumButton({ missing, name }: { missing: MissingRate; name: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} aria-label={`Enter the maximum for ${name}'s role`}>
        Enter the maximum
      </Button>
      {open && <EnterMaximumDialog missing={missing} onClose={() => setOpen(false)} />}
    </>
  );
}
