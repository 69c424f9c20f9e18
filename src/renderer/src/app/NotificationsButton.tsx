import NotificationsIcon from '@mui/icons-material/Notifications';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import { useRef } from 'react';
import { dataOf } from '../stores/loadable.ts';
import {
  notifications,
  NOTIFICATIONS_PAGE,
  setNotificationsPanelOpen,
  useNotificationsPanel,
} from '../stores/notifications.ts';
import { useDesktopNotice, useDesktopPermission } from './notifications/desktop-notice.ts';
import { NotificationsPanel, PANEL_HEADING_ID } from './notifications/NotificationsPanel.tsx';

const MAX_SHOWN = 99;

/** Axe asks that a button's name holds its visible text, so the words follow the badge's "99+". */
function unreadWords(unread: number): string {
  if (unread === 0) return 'none unread';
  return unread > MAX_SHOWN ? `${MAX_SHOWN}+ unread` : `${unread} unread`;
}

/** The top bar's bell: the unread count on a badge, opening the panel; and the day's one desktop notice. */
export function NotificationsButton() {
  const unread = dataOf(notifications.use(NOTIFICATIONS_PAGE))?.unread ?? 0;
  const open = useNotificationsPanel((s) => s.open);
  const anchor = useRef<HTMLButtonElement>(null);
  const [permission, askPermission] = useDesktopPermission();
  useDesktopNotice(permission);
  const close = () => setNotificationsPanelOpen(false);
  return (
    <>
      <IconButton
        ref={anchor}
        color="inherit"
        aria-label={`Notifications, ${unreadWords(unread)}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setNotificationsPanelOpen(!open)}
      >
        {/* The label says the count; the badge shows it (and "99+" past 99) for those who see it. */}
        <Badge
          badgeContent={unread > 0 ? unread : undefined}
          max={MAX_SHOWN}
          color="error"
          slotProps={{ badge: { 'aria-hidden': true } }}
        >
          <NotificationsIcon />
        </Badge>
      </IconButton>
      <Popover
        open={open}
        anchorEl={anchor.current}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-labelledby': PANEL_HEADING_ID } }}
      >
        <NotificationsPanel permission={permission} askPermission={() => void askPermission()} close={close} />
      </Popover>
    </>
  );
}
