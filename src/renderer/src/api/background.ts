let depth = 0;

/**
 * Runs `work`, marking the calls it starts (synchronously) as the page's own: reloads after a live update, which
 * team mode does not count as use, so a tab left open still reaches the session's idle limit.
 */
export function inBackground<T>(work: () => T): T {
  depth += 1;
  try {
    return work();
  } finally {
    depth -= 1;
  }
}

/** True while `inBackground` runs: the transport then says the call was not the person's. */
export const isBackground = (): boolean => depth > 0;
