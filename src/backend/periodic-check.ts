export interface PeriodicCheck<T> {
  /** Runs the check now, or joins the run under way; resolves with its outcome (null after a failure). */
  checkNow(): Promise<T | null>;
  /** No more checks; resolves once a run under way has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `check` at once and then every `everyMs`, one run at a time: a call while one is under way shares it.
 * A failure goes to `onFailure` and is tried again at the next check. The timer never keeps the process alive.
 */
export function checkPeriodically<T>(
  check: () => Promise<T | null>,
  everyMs: number,
  onFailure: (error: Error) => void,
): PeriodicCheck<T> {
  let running: Promise<T | null> | null = null;
  const checkNow = (): Promise<T | null> => {
    running ??= check()
      .catch((error: unknown) => {
        onFailure(error as Error);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void checkNow(), everyMs);
  timer.unref();
  void checkNow();
  return {
    checkNow,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
