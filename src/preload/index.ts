import { contextBridge, ipcRenderer } from 'electron';
import type { AppEvent, LinkworkBridge } from '../shared/api/bridge.ts';
import { eventChannel } from '../shared/api/bridge.ts';
import { IPC_CHANNEL } from '../shared/api/transport.ts';

const bridge = {
  call: (method: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, { method, input }),
  on: (event: AppEvent, listener: (payload: unknown) => void) => {
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(eventChannel(event), forward);
    return () => {
      ipcRenderer.removeListener(eventChannel(event), forward);
    };
  },
} satisfies LinkworkBridge;

contextBridge.exposeInMainWorld('linkwork', bridge);
