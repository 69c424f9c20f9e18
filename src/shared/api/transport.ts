/** The one IPC channel between the renderer and the Electron main process. */
export const IPC_CHANNEL = 'linkwork:call';
/** Browser mode: the one HTTP endpoint, and the header that carries the per-launch token. */
export const API_PATH = '/api';
export const TOKEN_HEADER = 'x-linkwork-token';
/** Browser mode: the Server-Sent Events stream of data changes (the token travels as `?token=`). */
export const EVENTS_PATH = '/api/events';
/** Browser mode under end-to-end tests only: makes chosen calls fail. */
export const TEST_FAULT_PATH = '/api/test-fault';
