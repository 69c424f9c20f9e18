import { useEffect, useState } from 'react';
import type { DesktopDigest } from '../../../../shared/domain/reminders.ts';
import { desktopNoticeDue, onRemindersChanged, setNotificationsPanelOpen } from '../../stores/notifications.ts';
import { navigate } from '../router.ts';

/** 'unsupported' where there is no Notification API (an old browser, a locked-down profile). */
export type DesktopPermission = NotificationPermission | 'unsupported';

const permissionNow = (): DesktopPermission =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;

/** The permission to show desktop notices, and a way to ask for it (only ever from the person's click). */
export function useDesktopPermission(): [DesktopPermission, () => Promise<void>] {
  const [permission, setPermission] = useState(permissionNow);
  const ask = async () => {
    if (typeof Notification === 'undefined') return;
    setPermission(await Notification.requestPermission());
  };
  return [permission, ask];
}

/** "Data security for Amina Khan is due on 14/12/2026", and how many more wait in the panel. */
function noticeText(digest: DesktopDigest): { title: string; body: string } {
  const names = digest.items.map((n) => n.title);
  const more = digest.unread - names.length;
  return {
    title: digest.unread === 1 ? 'Linkwork: 1 reminder' : `Linkwork: ${digest.unread} reminders`,
    body: [...names, ...(more > 0 ? [`and ${more} more in Linkwork’s notifications`] : [])].join('\n'),
  };
}

function show(digest: DesktopDigest): void {
  const { title, body } = noticeText(digest);
  const notice = new Notification(title, { body, tag: 'linkwork-reminders' });
  const only = digest.unread === 1 ? digest.items[0] : undefined;
  notice.onclick = () => {
    window.focus();
    // One reminder: straight to its fix; several: the panel, which lists each fix.
    if (only) navigate(only.link);
    else setNotificationsPanelOpen(true);
    notice.close();
  };
}

/**
 * Once a day at most (the backend remembers the day it was offered), one desktop notice summarising the unread
 * reminders, while the person has allowed notices. Asked again after each change to reminders, so a window left
 * open overnight offers the next day's.
 */
export function useDesktopNotice(permission: DesktopPermission): void {
  useEffect(() => {
    if (permission !== 'granted') return;
    let live = true;
    const offer = () => {
      desktopNoticeDue().then(
        (digest) => {
          if (live && digest.unread > 0) show(digest);
        },
        // A notice is a courtesy: the panel and its count still say the same.
        () => undefined,
      );
    };
    offer();
    const stop = onRemindersChanged(offer);
    return () => {
      live = false;
      stop();
    };
  }, [permission]);
}
