import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useAbilities } from '../app/abilities.ts';
import type { Loadable } from '../stores/loadable.ts';

export interface WayBack {
  href: string;
  label: string;
}

interface PageStateProps<T> {
  state: Loadable<T>;
  /** What is being shown, for the messages: "the supervision record". */
  what: string;
  /** Where "Not found" and a failure lead; the person's home (the staff register for the lead) unless given. */
  back?: WayBack;
  retry(): void;
  children(data: T): ReactNode;
}

/**
 * The one place that draws a page's waiting, missing, refused and failed states; its children get the data.
 */
export function PageState<T>({ state, what, back: given, retry, children }: PageStateProps<T>) {
  const home = useAbilities().wayHome;
  const back = given ?? home;
  switch (state.status) {
    case 'ready':
      return <>{children(state.data)}</>;
    case 'loading':
      return <Loading what={what} />;
    case 'notFound':
      return <NotFound what={what} message={state.message} back={back} />;
    case 'forbidden':
      return <NotAllowed message={state.message} />;
    case 'failed':
      return <Failed what={what} message={state.error.message} retry={retry} back={back} />;
  }
}

export function Loading({ what }: { what: string }) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: 8 }} role="status" aria-label={`Loading ${what}`}>
      <CircularProgress aria-label={`Loading ${what}`} />
    </Box>
  );
}

const withFullStop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export function NotFound({ what, message, back }: { what: string; message: string; back: WayBack }) {
  return (
    <Paper component="section" aria-labelledby="not-found-heading" sx={{ p: 4, maxWidth: 640 }}>
      <Typography id="not-found-heading" variant="h1" gutterBottom>
        Not found
      </Typography>
      <Typography sx={{ mb: 2 }}>{`Linkwork could not find ${what}: ${withFullStop(message)}`}</Typography>
      <Link href={back.href}>{back.label}</Link>
    </Paper>
  );
}

/**
 * Team mode: the signed-in account may not see or do this (the backend's reason, or the page's own for an
 * address outside the person's part). The way back is always their home, which they may open.
 */
export function NotAllowed({ message }: { message: string }) {
  const home = useAbilities().wayHome;
  return (
    <Paper component="section" aria-labelledby="not-allowed-heading" sx={{ p: 4, maxWidth: 640 }}>
      <Typography id="not-allowed-heading" variant="h1" gutterBottom>
        Not allowed
      </Typography>
      <Typography sx={{ mb: 2 }}>{withFullStop(capitalised(message))}</Typography>
      <Link href={home.href}>{home.label}</Link>
    </Paper>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface FailedProps {
  what: string;
  message: string;
  retry(): void;
  back?: WayBack;
}

export function Failed({ what, message, retry, back }: FailedProps) {
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" onClick={retry}>
          Retry
        </Button>
      }
      sx={{ maxWidth: 760 }}
    >
      <AlertTitle>{`Linkwork could not load ${what}`}</AlertTitle>
      {message}
      {back && (
        <Box sx={{ mt: 1 }}>
          <Link href={back.href} color="inherit">
            {back.label}
          </Link>
        </Box>
      )}
    </Alert>
  );
}
