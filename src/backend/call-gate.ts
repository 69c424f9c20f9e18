/**
 * Calls run side by side; one that needs the backend to itself (a restore, which replaces the data file) first
 * waits for the calls under way, and the calls that come meanwhile wait for it.
 */
export interface CallGate {
  /** What a new call must wait for before it starts; null when it may start at once. */
  busy(): Promise<unknown> | null;
  /** Notes a call under way until it settles. */
  track<T>(answer: Promise<T>): Promise<T>;
  /** Starts `work` once nothing has the backend to itself, as a call under way (so such work waits for it). */
  whenOpen<T>(work: () => Promise<T>): Promise<T>;
  /** Runs `work` once the calls under way have settled, holding back new ones until it has. `work` never rejects. */
  alone<T>(work: () => Promise<T>): Promise<T>;
}

export function callGate(): CallGate {
  const running = new Set<Promise<unknown>>();
  let exclusive: Promise<unknown> | null = null;
  const track = <T>(answer: Promise<T>): Promise<T> => {
    running.add(answer);
    const settled = () => running.delete(answer);
    answer.then(settled, settled);
    return answer;
  };
  const whenOpen = <T>(work: () => Promise<T>): Promise<T> =>
    exclusive ? exclusive.then(() => whenOpen(work)) : track(work());
  return {
    busy: () => exclusive,
    track,
    whenOpen,
    alone: (work) => {
      const done = Promise.allSettled([...running]).then(work);
      exclusive = done;
      // Set free before the calls held back start again (they were queued after this).
      void done.finally(() => (exclusive = null));
      return done;
    },
  };
}
