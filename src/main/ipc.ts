import type { BrowserWindow } from 'electron';
import { ipcMain } from 'electron';
import type { Backend } from '../backend/backend.ts';
import { IPC_CHANNEL } from '../shared/api/transport.ts';

/** The one IPC channel: `{ method, input }` in, an envelope out; only our own window may call. */
export function serveApiOverIpc(backend: Backend, window: () => BrowserWindow | null): void {
  ipcMain.handle(IPC_CHANNEL, (event, request: unknown) => {
    const ours = window();
    if (!ours || event.sender.id !== ours.webContents.id || event.senderFrame !== ours.webContents.mainFrame) {
      return {
        ok: false,
        error: { code: 'UNAUTHORISED', message: 'Calls are accepted only from the Linkwork window' },
      };
    }
    return backend.handle(request);
  });
}
