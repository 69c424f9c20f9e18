import { useEffect } from 'react';
import type { RefObject } from 'react';

/** The address whose page should take focus on its heading once drawn: set when a record is opened from a list. */
let pending: string | null = null;

const pathOf = (address: string): string => address.replace(/^#?\/?/, '').split('?')[0] ?? '';

/**
 * Asks the page at `address` (a `#/...` link) to put focus on its heading when it is drawn, so a keyboard or
 * screen-reader user who opened a record from the matrix or the register starts at the record's name.
 */
export function focusHeadingOnArrival(address: string): void {
  pending = pathOf(address);
}

// Moving anywhere else first drops the request, so a later page never takes focus unasked.
window.addEventListener('hashchange', () => {
  if (pending !== null && pending !== pathOf(window.location.hash)) pending = null;
});

/** For a page's h1 (tabIndex -1): takes focus when the page was opened with `focusHeadingOnArrival`. */
export function useHeadingFocus(heading: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (pending === null || pending !== pathOf(window.location.hash)) return;
    pending = null;
    heading.current?.focus();
  }, [heading]);
}

/** A click (or Enter) on a link inside `element` asks the page it opens to focus its heading. */
export function onOpeningLink(event: { target: EventTarget | null }): void {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
  const address = link?.getAttribute('href');
  if (address) focusHeadingOnArrival(address);
}
