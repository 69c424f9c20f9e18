import CheckIcon from '@mui/icons-material/Check';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { Notification } from '../../../../shared/domain/reminders.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { attempt } from '../../stores/notices.ts';
import { markNotificationsRead } from '../../stores/notifications.ts';
import { href } from '../router.ts';

/** How a reminder is named to assistive technology: whether it still asks for attention, then what it says. */
function nameOf(n: Notification): string {
  if (n.resolvedOn !== null) return `No longer due: ${n.title}`;
  return n.read ? n.title : `Unread: ${n.title}`;
}

/**
 * One reminder: what and when as a link to the fix (following it marks it read), the day it came, and "Mark read".
 * One whose item no longer stands (done, the person left or was made exempt) is greyed and says since when: "done"
 * would be untrue of a leaver, and the lead still sees the reminder was answered rather than losing it.
 */
export function NotificationItem({ notification: n, onFollow }: { notification: Notification; onFollow(): void }) {
  const markRead = () => attempt('mark the notification read', () => markNotificationsRead([n.id]));
  const unread = !n.read && n.resolvedOn === null;
  return (
    <ListItem
      divider
      aria-label={nameOf(n)}
      sx={{ alignItems: 'flex-start', gap: 1, bgcolor: unread ? 'action.hover' : undefined }}
    >
      <Box
        aria-hidden
        sx={{
          mt: 0.75,
          width: 8,
          height: 8,
          flexShrink: 0,
          borderRadius: '50%',
          bgcolor: unread ? 'primary.main' : 'transparent',
        }}
      />
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Link
          href={href(n.link)}
          underline="hover"
          color={n.resolvedOn === null ? 'primary' : 'text.secondary'}
          sx={{ fontWeight: unread ? 600 : 400, display: 'block' }}
          onClick={() => {
            if (unread) markRead();
            onFollow();
          }}
        >
          {n.title}
        </Link>
        <Typography variant="body2" color="text.secondary">
          Reminded {formatUkDate(n.createdOn)}
        </Typography>
        {n.resolvedOn !== null && (
          <Typography
            variant="body2"
            color="success.dark"
            sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontWeight: 500 }}
          >
            <CheckIcon aria-hidden fontSize="inherit" />
            No longer due since {formatUkDate(n.resolvedOn)}
          </Typography>
        )}
      </Box>
      {unread && (
        <Button size="small" onClick={markRead} aria-label={`Mark read: ${n.title}`} sx={{ flexShrink: 0 }}>
          Mark read
        </Button>
      )}
    </ListItem>
  );
}
