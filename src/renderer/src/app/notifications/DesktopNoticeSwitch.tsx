import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { DesktopPermission } from './desktop-notice.ts';

/** Turning desktop notices on, from the person's own click (the only time a browser lets a page ask). */
export function DesktopNoticeSwitch({ permission, ask }: { permission: DesktopPermission; ask(): void }) {
  if (permission === 'unsupported') return null;
  if (permission === 'default') {
    return (
      <Button size="small" variant="outlined" onClick={ask}>
        Turn on desktop notifications
      </Button>
    );
  }
  return (
    <Typography variant="body2" color="text.secondary">
      {permission === 'granted'
        ? 'Desktop notifications are on: one a day at most.'
        : 'Desktop notifications are blocked for Linkwork in this browser’s settings.'}
    </Typography>
  );
}
