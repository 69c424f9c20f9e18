/** The top bar's notifications panel with its unread count (issue 15): to come. */
export function NotificationsButton() {
  return null;
}
