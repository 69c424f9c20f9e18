import { contextBridge, ipcRenderer } from 'electron';
import type { AppEvent, LinkworkBridge } from '../shared/api/bridge.ts';
import { APP_EVENTS, eventChannel } from '../shared/api/bridge.ts';
import { IPC_CHANNEL } from '../shared/api/transport.ts';

const bridge = {
  call: (method: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, { method, input }),
  on: (event: AppEvent, listener: (payload: unknown) => void) => {
    // The page is not trusted to name a channel: only the shell's own events can be heard.
    if (!APP_EVENTS.includes(event)) throw new Error(`Linkwork sends no event called ${String(event)}`);
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(eventChannel(event), forward);
    return () => {
      ipcRenderer.removeListener(eventChannel(event), forward);
    };
  },
} satisfies LinkworkBridge;

contextBridge.exposeInMainWorld('linkwork', bridge);
