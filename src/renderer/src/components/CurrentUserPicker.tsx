import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo } from 'react';
import type { PersonRef } from '../../../shared/domain/app.ts';
import { useAppStore } from '../stores/app.ts';
import { useOrganisationStore } from '../stores/organisation.ts';
import { dataOf } from '../stores/loadable.ts';
import { attempt } from '../stores/notices.ts';
import { staffList } from '../stores/staff.ts';

interface PersonOption extends PersonRef {
  label: string;
  group: string;
}

const filter = createFilterOptions<PersonOption>({ limit: 50 });

/** "Acting as": whom changes are attributed to in the audit log (attribution, not authentication). */
export function CurrentUserPicker() {
  const currentUser = useAppStore((s) => s.status?.currentUser);
  const setCurrentUser = useAppStore((s) => s.setCurrentUser);
  const colleagues = useOrganisationStore((s) => s.colleagues);
  const loadOrganisation = useOrganisationStore((s) => s.load);
  const register = staffList.use(null, false);
  const staffLoaded = register.status === 'ready';
  const workers = useMemo(() => dataOf(register) ?? [], [register]);

  // The register can hold thousands of people: it is fetched when the list is opened, not on every page.
  useEffect(() => {
    void loadOrganisation();
  }, [loadOrganisation]);

  const options = useMemo<PersonOption[]>(
    () => [
      ...colleagues.map((c) => ({
        kind: 'colleague' as const,
        id: c.id,
        label: `${c.name} (${c.jobTitle})`,
        group: 'Supervisors and contacts',
      })),
      ...workers.map((w) => ({ kind: 'worker' as const, id: w.id, label: w.name, group: 'Workers' })),
    ],
    [colleagues, workers],
  );
  const person = currentUser?.person;
  const value = person
    ? (options.find((o) => o.kind === person.kind && o.id === person.id) ?? {
        kind: person.kind,
        id: person.id,
        label: person.name,
        group: person.kind === 'worker' ? 'Workers' : 'Supervisors and contacts',
      })
    : null;

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography component="label" htmlFor="acting-as" sx={{ whiteSpace: 'nowrap' }}>
        Acting as
      </Typography>
      <Autocomplete
        id="acting-as"
        size="small"
        sx={{ width: 300, bgcolor: 'background.paper', borderRadius: 1 }}
        options={options}
        loading={!staffLoaded}
        onOpen={() => {
          if (!staffLoaded) void staffList.load(null);
        }}
        groupBy={(o) => o.group}
        filterOptions={filter}
        value={value}
        isOptionEqualToValue={(a, b) => a.kind === b.kind && a.id === b.id}
        onChange={(_e, option) =>
          attempt('change who is acting', () => setCurrentUser(option ? { kind: option.kind, id: option.id } : null))
        }
        renderInput={(params) => <TextField {...params} placeholder={`Computer user ${currentUser?.osUser ?? ''}`} />}
      />
    </Box>
  );
}
