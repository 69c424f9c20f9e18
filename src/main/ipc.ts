import type { BrowserWindow } from 'electron';
import { ipcMain } from 'electron';
import type { Backend } from '../backend/backend.ts';
import { IPC_CHANNEL } from '../shared/api/transport.ts';

const refused = {
  ok: false,
  error: { code: 'UNAUTHORISED', message: 'Calls are accepted only from the Linkwork window' },
} as const;

/**
 * The one IPC channel: `{ method, input }` in, an envelope out; only our own window's main frame may call, and only
 * while it shows the app's own page.
 */
export function serveApiOverIpc(
  backend: Backend,
  window: () => BrowserWindow | null,
  isOwnPage: (url: string) => boolean,
): void {
  ipcMain.handle(IPC_CHANNEL, (event, request: unknown) => {
    const ours = window();
    const frame = event.senderFrame;
    const fromOurPage =
      ours !== null &&
      event.sender.id === ours.webContents.id &&
      frame !== null &&
      frame === ours.webContents.mainFrame &&
      isOwnPage(frame.url);
    return fromOurPage ? backend.handle(request) : refused;
  });
}
