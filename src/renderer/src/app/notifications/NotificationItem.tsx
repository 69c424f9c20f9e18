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

/** One reminder: what and when as a link to the fix (following it marks it read), the day it came, and "Mark read". */
export function NotificationItem({ notification: n, onFollow }: { notification: Notification; onFollow(): void }) {
  const markRead = () => attempt('mark the notification read', () => markNotificationsRead([n.id]));
  return (
    <ListItem
      divider
      aria-label={n.read ? n.title : `Unread: ${n.title}`}
      sx={{ alignItems: 'flex-start', gap: 1, bgcolor: n.read ? undefined : 'action.hover' }}
    >
      <Box
        aria-hidden
        sx={{
          mt: 0.75,
          width: 8,
          height: 8,
          flexShrink: 0,
          borderRadius: '50%',
          bgcolor: n.read ? 'transparent' : 'primary.main',
        }}
      />
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Link
          href={href(n.link)}
          underline="hover"
          sx={{ fontWeight: n.read ? 400 : 600, display: 'block' }}
          onClick={() => {
            if (!n.read) markRead();
            onFollow();
          }}
        >
          {n.title}
        </Link>
        <Typography variant="body2" color="text.secondary">
          Reminded {formatUkDate(n.createdOn)}
        </Typography>
      </Box>
      {!n.read && (
        <Button size="small" onClick={markRead} aria-label={`Mark read: ${n.title}`} sx={{ flexShrink: 0 }}>
          Mark read
        </Button>
      )}
    </ListItem>
  );
}
