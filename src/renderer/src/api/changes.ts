import type { DataChange } from '../../../shared/api/domains.ts';
import { DOMAINS } from '../../../shared/api/domains.ts';
import { EVENTS_PATH } from '../../../shared/api/transport.ts';
import { inBackground } from './background.ts';
import { browserToken } from './token.ts';

type Listener = (change: DataChange) => void;

const listeners = new Set<Listener>();
// A change arrives twice in the window that made it (in its call's answer and on the stream): act once.
const seen = new Set<string>();
const SEEN_LIMIT = 500;

/** Tells every store about a change, once. */
export function publishChange(change: DataChange): void {
  if (seen.has(change.id)) return;
  seen.add(change.id);
  if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value as string);
  // The reloads this starts are the page's own doing, not the person's (team mode's idle limit ignores them).
  inBackground(() => {
    for (const listener of listeners) {
      try {
        listener(change);
      } catch (error) {
        // One store's failure to refresh must not stop the others hearing the change.
        console.error('A store could not take in a data change', error);
      }
    }
  });
}

export function onDataChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** After the stream was lost, anything may have changed meanwhile. */
const everythingChanged = (): DataChange => ({
  id: `reconnected.${Date.now()}`,
  domains: [...DOMAINS],
  workerIds: null,
});

/** Listens for other windows' writes: over the desktop bridge, or Server-Sent Events in browser mode. */
export function startLiveUpdates(): void {
  if (window.linkwork) {
    window.linkwork.on('changed', (payload) => publishChange(payload as DataChange));
    return;
  }
  const stream = new EventSource(`${EVENTS_PATH}?token=${encodeURIComponent(browserToken())}`);
  let lost = false;
  stream.onmessage = (event: MessageEvent<string>) => publishChange(JSON.parse(event.data) as DataChange);
  stream.onerror = () => {
    lost = true;
  };
  stream.onopen = () => {
    if (lost) publishChange(everythingChanged());
    lost = false;
  };
}
