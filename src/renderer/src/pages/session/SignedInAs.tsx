import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { SignedInAccount } from '../../../../shared/domain/app.ts';
import { useAppStore } from '../../stores/app.ts';
import { attempt } from '../../stores/notices.ts';
import { signOut } from '../../stores/session.ts';

/** The roles an account holds, in words: "Lead", "Viewer", "Supervisor", "Link worker"... */
export function rolesOf(me: SignedInAccount): string {
  const roles: string[] = [];
  if (me.lead) roles.push('PCN workforce lead');
  if (me.viewer) roles.push('viewer');
  if (me.colleagueId !== null && me.superviseeIds.length > 0) roles.push('supervisor');
  if (me.workerId !== null) roles.push('worker');
  const text = roles.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Team mode's top bar: who is signed in, in which roles, and the way out. */
export function SignedInAs() {
  const me = useAppStore((s) => s.status?.me);
  if (!me) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      <Box sx={{ textAlign: 'right', lineHeight: 1.2 }}>
        <Typography component="p" sx={{ fontWeight: 500 }} noWrap>
          {me.name}
        </Typography>
        <Typography component="p" variant="body2" sx={{ opacity: 0.9 }} noWrap>
          {rolesOf(me) || me.email}
        </Typography>
      </Box>
      <Button color="inherit" variant="outlined" onClick={() => attempt('sign out', signOut)}>
        Sign out
      </Button>
    </Box>
  );
}
