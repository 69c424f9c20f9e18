import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useState } from 'react';
import type { CalendarFeedStatus } from '../../../../shared/domain/calendar-feed.ts';
import { formatUkDateTime } from '../../../../shared/rules/dates.ts';
import { useAbilities } from '../../app/abilities.ts';
import { calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from '../../stores/calendar-feed.ts';

interface Person {
  id: number;
  name: string;
}

/**
 * "Subscribe in Outlook": beside "Download calendar (.ics)" for the person themself and those who see everyone.
 * The dialog makes, shows once, copies and revokes the person's private subscription address (team mode only).
 */
export function SubscribeInOutlook({ worker }: { worker: Person }) {
  const { team, readsAll, selfId } = useAbilities();
  const [open, setOpen] = useState(false);
  if (team && !readsAll && selfId !== worker.id) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>Subscribe in Outlook…</Button>
      {open && <SubscriptionDialog worker={worker} onClose={() => setOpen(false)} />}
    </>
  );
}

type Shown =
  | { step: 'loading' }
  | { step: 'failed'; message: string }
  | { step: 'status'; status: CalendarFeedStatus }
  | { step: 'made'; address: string; status: CalendarFeedStatus };

function SubscriptionDialog({ worker, onClose }: { worker: Person; onClose(): void }) {
  const titleId = useId();
  // Revoking is the person's or the lead's (compliance.revokeCalendarFeed): the viewer reads, and is told who can.
  const mayRevoke = useAbilities().mayChange(worker.id, { supervisor: false, self: true });
  const [shown, setShown] = useState<Shown>({ step: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    calendarFeedStatus(worker.id).then(
      (status) => setShown({ step: 'status', status }),
      (failure: unknown) => setShown({ step: 'failed', message: (failure as Error).message }),
    );
  }, [worker.id]);

  const act = async (action: () => Promise<Shown>) => {
    setBusy(true);
    setError(null);
    try {
      setShown(await action());
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const make = () => act(async () => ({ step: 'made', ...(await createCalendarFeed(worker.id)) }));
  const revoke = () => act(async () => ({ step: 'status', status: await revokeCalendarFeed(worker.id) }));
  const status = shown.step === 'status' || shown.step === 'made' ? shown.status : null;

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Subscribe in Outlook</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {shown.step === 'loading' && <CircularProgress aria-label="Loading the subscription address" />}
        {shown.step === 'failed' && <Alert severity="error">{`Linkwork could not look: ${shown.message}`}</Alert>}
        {shown.step === 'status' && <StatusText status={shown.status} name={worker.name} mayRevoke={mayRevoke} />}
        {shown.step === 'made' && <NewAddress address={shown.address} />}
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        {mayRevoke && status?.available && status.liveSince && (
          <Button color="error" disabled={busy} onClick={() => void revoke()}>
            Revoke the address
          </Button>
        )}
        {status?.mayCreate && shown.step === 'status' && (
          <Button disabled={busy} onClick={() => void make()}>
            {status.liveSince ? 'Make a new address' : 'Make my address'}
          </Button>
        )}
        <Button variant="contained" onClick={onClose}>
          {shown.step === 'made' ? 'Done' : 'Close'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function StatusText({ status, name, mayRevoke }: { status: CalendarFeedStatus; name: string; mayRevoke: boolean }) {
  if (!status.available) return <Alert severity="info">{status.reason}</Alert>;
  const since = status.liveSince ? formatUkDateTime(status.liveSince) : null;
  if (!status.mayCreate)
    return (
      <Typography>
        {since
          ? `${name} has a calendar subscription address, made ${since}. ${mayRevoke ? 'Revoke it' : `${name} or the PCN workforce lead can revoke it`} if it may have been shared: their calendar program then gets nothing more.`
          : `${name} has no calendar subscription address. Only ${name} can make one, from their own page.`}
      </Typography>
    );
  return (
    <>
      <Typography>
        A private address for your calendar: Outlook (or any calendar program) checks it and keeps your due dates,
        planned supervision and the national webinar up to date. Anyone with the address can see those dates, so keep it
        to yourself.
      </Typography>
      <Typography>
        {since
          ? `You made an address ${since}. Linkwork cannot show it again: if you have lost it, make a new one (the old one then stops working), or revoke it.`
          : 'You have no address yet.'}
      </Typography>
    </>
  );
}

function NewAddress({ address }: { address: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setCopied('Copied.');
    } catch {
      setCopied('This browser did not allow copying: select the address and copy it.');
    }
  };
  return (
    <>
      <Typography>
        In Outlook, choose Add calendar, then Subscribe from web, and paste this address. Linkwork shows it only now: it
        keeps no copy it could show again.
      </Typography>
      <TextField
        label="Subscription address"
        value={address}
        slotProps={{ htmlInput: { readOnly: true }, inputLabel: { shrink: true } }}
        onFocus={(e) => e.target.select()}
        multiline
      />
      <Button sx={{ alignSelf: 'flex-start' }} variant="outlined" onClick={() => void copy()}>
        Copy the address
      </Button>
      {copied && (
        <Typography role="status" variant="body2">
          {copied}
        </Typography>
      )}
    </>
  );
}
