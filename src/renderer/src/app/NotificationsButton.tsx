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
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications, none unread'}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setNotificationsPanelOpen(!open)}
      >
        <Badge badgeContent={unread} max={99} color="error">
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
