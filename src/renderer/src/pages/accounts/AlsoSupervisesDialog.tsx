import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { AccountSummary } from '../../../../shared/domain/accounts.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { accountList, linkSupervisorRecord } from '../../stores/accounts.ts';
import { dataOf } from '../../stores/loadable.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';

/**
 * A worker who also supervises is in the register twice: as a worker, and as the colleague their supervisees
 * name. Linking that colleague record to their account lets them sign in once as both.
 */
export function AlsoSupervisesDialog({ account, onClose }: { account: AccountSummary; onClose(): void }) {
  const colleagues = useOrganisationStore((s) => s.colleagues);
  const accounts = accountList.use(null);
  const [colleagueId, setColleagueId] = useState('');
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const options = useMemo(() => {
    const withAccounts = (dataOf(accounts) ?? []).filter((a) => a.person.kind === 'colleague');
    const taken = new Set(withAccounts.map((a) => a.person.id));
    return colleagues
      .filter((c) => !taken.has(c.id))
      .map((c) => ({ value: String(c.id), label: `${c.name}, ${c.jobTitle}` }));
  }, [accounts, colleagues]);
  return (
    <FormDialog
      open
      title={`${account.person.name} also supervises`}
      submitLabel="Link"
      busy={busy}
      error={formError}
      onClose={onClose}
      onSubmit={() =>
        void submit(async () => {
          await linkSupervisorRecord(account.id, Number(colleagueId));
          onClose();
        })
      }
    >
      <Typography sx={{ mb: 2 }}>
        Choose {account.person.name}&apos;s entry under Supervisors and contacts. Once linked, one sign-in shows their
        own page and the people who name them as supervisor.
      </Typography>
      <SelectField
        label="Their supervisor entry"
        required
        value={colleagueId}
        options={options}
        onChange={setColleagueId}
        error={fieldErrors.person ?? fieldErrors['person.id']}
        helperText={options.length === 0 ? 'Every supervisor entry already has its own account' : undefined}
      />
    </FormDialog>
  );
}
