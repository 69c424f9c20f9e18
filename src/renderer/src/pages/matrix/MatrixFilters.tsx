import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import type { Employer, Practice } from '../../../../shared/domain/pcn.ts';
import { ROLE_LABELS, ROLES } from '../../../../shared/domain/staff.ts';
import type { ComplianceStatus } from '../../../../shared/rules/compliance.ts';
import { COMPLIANCE_LABELS, COMPLIANCE_STATUSES, isRequired } from '../../../../shared/rules/compliance.ts';
import { EXPIRY_WINDOWS } from '../../../../shared/domain/home.ts';
import type { MatrixFilter } from '../../../../shared/rules/matrix-view.ts';
import { SelectField, idText, textId } from '../../components/SelectField.tsx';

/** The statuses worth finding people by: the ones that ask something of them. */
const FINDABLE = COMPLIANCE_STATUSES.filter(isRequired);

export function MatrixFilters({
  filter,
  setFilter,
  employers,
  practices,
}: {
  filter: MatrixFilter;
  setFilter(change: Partial<MatrixFilter>): void;
  employers: readonly Employer[];
  practices: readonly Practice[];
}) {
  return (
    <Box
      className="no-print"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr 1fr', lg: '1.6fr 1.4fr 1.5fr 1.5fr 1.5fr 1.2fr auto' },
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
        options={FINDABLE.map((s) => ({ value: s, label: COMPLIANCE_LABELS[s] }))}
        noneLabel="Any status"
        onChange={(v) => setFilter({ status: v as ComplianceStatus | '' })}
      />
      <SelectField
        label="Expiring in"
        value={filter.within === null ? '' : String(filter.within)}
        options={EXPIRY_WINDOWS.map((days) => ({ value: String(days), label: `${days} days` }))}
        noneLabel="Any time"
        onChange={(v) => setFilter({ within: v === '' ? null : Number(v) })}
      />
      <FormControlLabel
        control={<Switch checked={filter.showLeavers} onChange={(e) => setFilter({ showLeavers: e.target.checked })} />}
        label="Leavers"
      />
    </Box>
  );
}
