import type { ComponentType } from 'react';
import { createElement, lazy } from 'react';

/**
 * A page in its own chunk. `preload()` fetches it ahead of time; once it is here the page renders at once,
 * rather than through React.lazy, which suspends on first render even for a loaded chunk (and React holds a
 * suspended screen back for 300 ms).
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const preload = (): Promise<ComponentType<P>> => load().then((component) => (loaded = component));
  // React.lazy remembers a failed load for good; a fresh one after each failure lets "Try again" fetch again.
  const suspending = () =>
    lazy(async () => {
      try {
        return { default: await preload() };
      } catch (error) {
        Suspending = suspending();
        throw error;
      }
    });
  let Suspending = suspending();
  function Page(props: P) {
    return createElement(loaded ?? Suspending, props);
  }
  return { Page, preload };
}
