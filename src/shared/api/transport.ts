/** The one IPC channel between the renderer and the Electron main process. */
export const IPC_CHANNEL = 'linkwork:call';
/** Browser mode: the one HTTP endpoint, and the header that carries the per-launch token. */
export const API_PATH = '/api';
export const TOKEN_HEADER = 'x-linkwork-token';
