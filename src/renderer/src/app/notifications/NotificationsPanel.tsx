import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { PageState } from '../../components/PageState.tsx';
import { attempt } from '../../stores/notices.ts';
import { markAllNotificationsRead, notifications, NOTIFICATIONS_PAGE } from '../../stores/notifications.ts';
import { useAbilities } from '../abilities.ts';
import type { DesktopPermission } from './desktop-notice.ts';
import { DesktopNoticeSwitch } from './DesktopNoticeSwitch.tsx';
import { NotificationItem } from './NotificationItem.tsx';

export const PANEL_HEADING_ID = 'notifications-heading';

interface Props {
  permission: DesktopPermission;
  askPermission(): void;
  close(): void;
}

/** The caller's reminders, newest first: each a link to its fix, with mark read, mark all read and show more. */
export function NotificationsPanel({ permission, askPermission, close }: Props) {
  const [limit, setLimit] = useState(NOTIFICATIONS_PAGE);
  const state = notifications.use(limit);
  const back = useAbilities().wayHome;
  return (
    <Box sx={{ width: { xs: '100vw', sm: 420 }, maxWidth: '100vw' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, pt: 1.5, pb: 1 }}>
        <Typography id={PANEL_HEADING_ID} variant="h2" sx={{ fontSize: '1.15rem', flexGrow: 1 }}>
          Notifications
        </Typography>
        {state.status === 'ready' && state.data.unread > 0 && (
          <Button size="small" onClick={() => attempt('mark every notification read', markAllNotificationsRead)}>
            Mark all read
          </Button>
        )}
      </Box>
      <Box sx={{ maxHeight: '60vh', overflowY: 'auto', borderTop: 1, borderColor: 'divider' }}>
        <PageState state={state} what="your notifications" back={back} retry={() => void notifications.load(limit)}>
          {(page) =>
            page.items.length === 0 ? (
              <Typography sx={{ p: 3, textAlign: 'center' }} color="text.secondary">
                Nothing needs you now
              </Typography>
            ) : (
              <>
                <List dense disablePadding aria-labelledby={PANEL_HEADING_ID}>
                  {page.items.map((n) => (
                    <NotificationItem key={n.id} notification={n} onFollow={close} />
                  ))}
                </List>
                {page.items.length < page.total && (
                  <Box sx={{ p: 1, textAlign: 'center' }}>
                    <Button size="small" onClick={() => setLimit((l) => l + NOTIFICATIONS_PAGE)}>
                      Show more ({page.total - page.items.length} older)
                    </Button>
                  </Box>
                )}
              </>
            )
          }
        </PageState>
      </Box>
      <Box sx={{ px: 2, py: 1.5, borderTop: 1, borderColor: 'divider' }}>
        <DesktopNoticeSwitch permission={permission} ask={askPermission} />
      </Box>
    </Box>
  );
}
