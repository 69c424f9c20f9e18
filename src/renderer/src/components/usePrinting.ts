import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed (the browser's or the desktop's Print, or print media emulated in tests).
 * Long virtualised lists draw every row while printing, and the matrix draws its printable layout.
 */
const query = window.matchMedia('print');
let printing = query.matches;
const listeners = new Set<() => void>();

function set(now: boolean): void {
  if (now === printing) return;
  printing = now;
  // Drawn before the browser lays the page out for paper, not after.
  flushSync(() => listeners.forEach((notify) => notify()));
}

window.addEventListener('beforeprint', () => set(true));
window.addEventListener('afterprint', () => set(query.matches));
query.addEventListener('change', (event) => set(event.matches));

export function usePrinting(): boolean {
  return useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    () => printing,
  );
}
