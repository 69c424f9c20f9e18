import { useSyncExternalStore } from 'react';

/** Hash routes (`#/staff/12`), so the same build works from a file in Electron and over HTTP. */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

function readRoute(): Route {
  const raw = window.location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?');
  return { path: path.split('/').filter(Boolean), query: new URLSearchParams(query) };
}

let current = readRoute();
const listeners = new Set<() => void>();

window.addEventListener('hashchange', () => {
  current = readRoute();
  listeners.forEach((notify) => notify());
});

export const currentRoute = (): Route => current;

export function useRoute(): Route {
  return useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    () => current,
  );
}

export function navigate(to: string): void {
  window.location.hash = `#/${to.replace(/^\/+/, '')}`;
}

export const href = (to: string): string => `#/${to.replace(/^\/+/, '')}`;
