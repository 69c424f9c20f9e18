import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { AccountRole, AccountSummary } from '../../../../shared/domain/accounts.ts';
import type { PersonRef } from '../../../../shared/domain/app.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { useAbilities } from '../../app/abilities.ts';
import { EmailField } from '../../components/CredentialFields.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { Failed } from '../../components/PageState.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import type { SignInLink } from '../../stores/accounts.ts';
import {
  accountList,
  accountOf,
  endSessionsOf,
  inviteToSignIn,
  sendNewLink,
  setAccountRoles,
} from '../../stores/accounts.ts';
import { attempt } from '../../stores/notices.ts';
import { AlsoSupervisesDialog } from './AlsoSupervisesDialog.tsx';

type Person = PersonRef & { name: string };

const ROLE_WORDS: Record<AccountRole, string> = {
  lead: 'PCN workforce lead',
  viewer: 'Viewer',
  supervisor: 'Supervisor',
  worker: 'Worker',
};

/**
 * Team mode, for the lead: a person's sign-in account on their page (a worker's Details, a colleague's row on the
 * Organisation page). Hidden on one computer, where nobody signs in, and from everyone but the lead.
 */
export function SignInAccountSection({ person }: { person: Person }) {
  const { team, changesAll } = useAbilities();
  if (!team || !changesAll) return null;
  return (
    <Paper component="section" aria-labelledby="sign-in-account-heading" sx={{ p: 3, mt: 3, maxWidth: 920 }}>
      <Typography id="sign-in-account-heading" variant="h3" component="h2" gutterBottom>
        Signing in
      </Typography>
      <SignInAccountPanel person={person} />
    </Paper>
  );
}

/** The same for a colleague's row: a button opening it in a dialog. */
export function SignInAccountButton({ person }: { person: Person }) {
  const { team, changesAll } = useAbilities();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  if (!team || !changesAll) return null;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} aria-label={`Signing in for ${person.name}`}>
        Signing in
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{`Signing in: ${person.name}`}</DialogTitle>
        <DialogContent>
          <SignInAccountPanel person={person} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function SignInAccountPanel({ person }: { person: Person }) {
  const state = accountList.use(null);
  const [link, setLink] = useState<SignInLink | null>(null);
  if (state.status === 'loading') return <Typography role="status">Loading the account…</Typography>;
  if (state.status !== 'ready') {
    return (
      <Failed
        what="the sign-in accounts"
        message={state.status === 'failed' ? state.error.message : state.message}
        retry={() => void accountList.load(null)}
      />
    );
  }
  const account = accountOf(state.data, person);
  return (
    <>
      {account ? (
        <ExistingAccount account={account} onLink={setLink} />
      ) : (
        <NoAccount person={person} onLink={setLink} />
      )}
      {link && <LinkDialog person={person} link={link} onClose={() => setLink(null)} />}
    </>
  );
}

function NoAccount({ person, onLink }: { person: Person; onLink(link: SignInLink): void }) {
  const [inviting, setInviting] = useState(false);
  return (
    <>
      <Typography sx={{ mb: 2 }}>{`${person.name} cannot sign in to Linkwork yet.`}</Typography>
      <Button variant="outlined" onClick={() => setInviting(true)}>
        Invite to sign in
      </Button>
      {inviting && (
        <InviteDialog
          person={person}
          onClose={() => setInviting(false)}
          onInvited={(link) => {
            setInviting(false);
            onLink(link);
          }}
        />
      )}
    </>
  );
}

function standing(account: AccountSummary): string {
  if (account.passwordSet) {
    return account.activeSessions > 0
      ? `Password set; signed in on ${countOf(account.activeSessions, 'browser')} now.`
      : 'Password set; not signed in now.';
  }
  return account.linkExpiresAt
    ? `No password yet: their link works until ${formatUkDateTime(account.linkExpiresAt)}.`
    : 'No password yet, and their link has expired: send a new one.';
}

function ExistingAccount({ account, onLink }: { account: AccountSummary; onLink(link: SignInLink): void }) {
  const [editingRoles, setEditingRoles] = useState(false);
  const [linking, setLinking] = useState(false);
  const [ended, setEnded] = useState<string | null>(null);
  const name = account.person.name;
  return (
    <>
      <Typography>
        Signs in as <strong>{account.email}</strong>
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', my: 1 }} aria-label="Roles">
        {account.roles.map((r) => (
          <Chip key={r} size="small" variant="outlined" label={ROLE_WORDS[r]} />
        ))}
        {account.roles.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            No role yet: name them as a worker&apos;s supervisor, or make them lead or viewer.
          </Typography>
        )}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {standing(account)}
      </Typography>
      {ended && (
        <Alert severity="success" role="status" sx={{ mb: 2 }} onClose={() => setEnded(null)}>
          {ended}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={() => setEditingRoles(true)}>
          Roles…
        </Button>
        {account.person.kind === 'worker' && !account.roles.includes('supervisor') && (
          <Button variant="outlined" onClick={() => setLinking(true)}>
            Also supervises…
          </Button>
        )}
        <Button
          variant="outlined"
          onClick={() => attempt(`send ${name} a new link`, async () => onLink(await sendNewLink(account.id)))}
        >
          Send a new link
        </Button>
        <Button
          color="error"
          onClick={() =>
            attempt(`end ${name}'s sessions`, async () => {
              const count = await endSessionsOf(account.id);
              setEnded(
                count === 0
                  ? `${name} was not signed in anywhere.`
                  : `${name} is signed out everywhere (${countOf(count, 'session')} ended).`,
              );
            })
          }
        >
          End their sessions
        </Button>
      </Box>
      {editingRoles && <RolesDialog account={account} onClose={() => setEditingRoles(false)} />}
      {linking && <AlsoSupervisesDialog account={account} onClose={() => setLinking(false)} />}
    </>
  );
}

/** The two roles the lead gives; supervisor and worker follow from the register. */
function RoleChoices(props: {
  lead: boolean;
  viewer: boolean;
  onLead(value: boolean): void;
  onViewer(value: boolean): void;
}) {
  return (
    <FormGroup>
      <FormControlLabel
        control={<Checkbox checked={props.lead} onChange={(e) => props.onLead(e.target.checked)} />}
        label="PCN workforce lead: sees and changes everything, and manages accounts"
      />
      <FormControlLabel
        control={<Checkbox checked={props.viewer} onChange={(e) => props.onViewer(e.target.checked)} />}
        label="Viewer (a clinical director, say): reads everything and changes nothing"
      />
      <Typography variant="body2" color="text.secondary">
        Neither is needed for a worker (who sees their own page) or a named supervisor (who sees the people they
        supervise): those follow from the register.
      </Typography>
    </FormGroup>
  );
}

function InviteDialog(props: { person: Person; onClose(): void; onInvited(link: SignInLink): void }) {
  const [email, setEmail] = useState('');
  const [lead, setLead] = useState(false);
  const [viewer, setViewer] = useState(false);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const { kind, id } = props.person;
  return (
    <FormDialog
      open
      title={`Invite ${props.person.name} to sign in`}
      submitLabel="Make the link"
      busy={busy}
      error={formError}
      onClose={props.onClose}
      onSubmit={() =>
        void submit(async () =>
          props.onInvited(await inviteToSignIn({ person: { kind, id }, email: email.trim(), lead, viewer })),
        )
      }
    >
      <EmailField
        autoComplete="off"
        value={email}
        onChange={setEmail}
        error={fieldErrors.email}
        hint="Their NHSmail address: they sign in with it"
      />
      <RoleChoices lead={lead} viewer={viewer} onLead={setLead} onViewer={setViewer} />
    </FormDialog>
  );
}

function RolesDialog({ account, onClose }: { account: AccountSummary; onClose(): void }) {
  const [lead, setLead] = useState(account.lead);
  const [viewer, setViewer] = useState(account.viewer);
  const { submit, formError, busy } = useSubmit();
  return (
    <FormDialog
      open
      title={`Roles: ${account.person.name}`}
      submitLabel="Save roles"
      busy={busy}
      error={formError}
      onClose={onClose}
      onSubmit={() =>
        void submit(async () => {
          await setAccountRoles(account.id, lead, viewer);
          onClose();
        })
      }
    >
      <RoleChoices lead={lead} viewer={viewer} onLead={setLead} onViewer={setViewer} />
    </FormDialog>
  );
}

/** The one-time link, shown once: Linkwork keeps only its hash, so it cannot be shown again. */
function LinkDialog({ person, link, onClose }: { person: Person; link: SignInLink; onClose(): void }) {
  const titleId = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('Copied: paste it into an NHSmail message.');
    } catch {
      setCopied('This browser did not allow copying: select the link and copy it.');
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{`A link for ${person.name}`}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography>
          {`Send this link to ${person.name} in an NHSmail message. It sets their password and signs them in; it works once, until ${formatUkDateTime(link.expiresAt)}. Linkwork cannot show it again: if it is lost, send a new one.`}
        </Typography>
        <TextField
          label="One-time link"
          value={link.url}
          slotProps={{ htmlInput: { readOnly: true }, inputLabel: { shrink: true } }}
          onFocus={(e) => e.target.select()}
          multiline
        />
        {copied && (
          <Typography role="status" variant="body2">
            {copied}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void copy()}>Copy link</Button>
        <Button variant="contained" onClick={onClose}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
