/** Wraps a loader so that callers arriving while it runs (a page and the header, say) share the one request. */
export function shareInFlight(load: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () =>
    (running ??= load().finally(() => {
      running = null;
    }));
}
