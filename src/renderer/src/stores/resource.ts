import { useEffect } from 'react';
import { create } from 'zustand';
import type { DataChange, Domain } from '../../../shared/api/domains.ts';
import { onDataChange } from '../api/changes.ts';
import type { Loadable } from './loadable.ts';
import { failure, LOADING, ready } from './loadable.ts';
import { reportRefreshFailure } from './notices.ts';

export interface ResourceOptions<K, T> {
  /** What the resource is called in messages ("the assessment"). */
  name: string;
  load(key: K): Promise<T>;
  /** Which domains' writes can change it; 'everything' for views over the whole PCN. */
  dependsOn: readonly Domain[] | 'everything';
  /** The worker a key is about, so a change to someone else's data leaves it alone. */
  workerOf?(key: K): number | null;
}

export interface Resource<K, T> {
  /**
   * React hook: the key's state, loaded on first use and kept fresh by live updates while on screen.
   * With `enabled` false it only watches: nothing is loaded (for data a page may not need yet).
   */
  use(key: K, enabled?: boolean): Loadable<T>;
  /** The state now, outside React. */
  peek(key: K): Loadable<T> | undefined;
  /** Loads (or reloads) now; callers arriving while a load runs share it. Failures land in the state. */
  load(key: K): Promise<void>;
  /** Puts a value the backend has just returned, saving a round trip. */
  put(key: K, data: T): void;
}

const keyOf = (key: unknown): string => JSON.stringify(key ?? null);

function touches<K>(options: ResourceOptions<K, unknown>, key: K, change: DataChange): boolean {
  const { dependsOn, workerOf } = options;
  if (dependsOn !== 'everything' && !change.domains.some((d) => dependsOn.includes(d))) return false;
  const worker = workerOf?.(key) ?? null;
  return worker === null || change.workerIds === null || change.workerIds.includes(worker);
}

/**
 * Data keyed by its parameters (a worker's id, a month...), each key with its own loading, ready, failed
 * or not-found state. Keys on screen reload when a write they depend on is announced, keeping what they
 * show until the new data arrives; keys off screen are simply forgotten and load afresh when next used.
 */
export function createResource<K, T>(options: ResourceOptions<K, T>): Resource<K, T> {
  const store = create<{ entries: Record<string, Loadable<T>> }>()(() => ({ entries: {} }));
  const keys = new Map<string, K>();
  const onScreen = new Map<string, number>();
  const inFlight = new Map<string, Promise<void>>();
  // Keys whose data changed while a load was already on its way: that load may have read the old data.
  const changedDuringLoad = new Set<string>();
  // Bumped by `put`, so a load that left before the value was put cannot overwrite it with older data.
  const generation = new Map<string, number>();

  const setEntry = (k: string, entry: Loadable<T> | undefined) =>
    store.setState((s) => {
      const entries = { ...s.entries };
      if (entry) entries[k] = entry;
      else delete entries[k];
      return { entries };
    });

  const load = (key: K): Promise<void> => {
    const k = keyOf(key);
    keys.set(k, key);
    const running = inFlight.get(k);
    if (running) return running;
    const current = store.getState().entries[k];
    if (current?.status !== 'ready') setEntry(k, LOADING);
    const startedAt = generation.get(k) ?? 0;
    const isLatest = () => (generation.get(k) ?? 0) === startedAt;
    const next = options
      .load(key)
      .then(
        (data) => {
          if (isLatest()) setEntry(k, ready(data));
        },
        (error: unknown) => {
          if (!isLatest()) return;
          const shown = store.getState().entries[k];
          const result = failure<T>(error);
          // What is on screen stays while a refresh fails (say so), unless the thing itself is gone.
          if (shown?.status === 'ready' && result.status === 'failed') reportRefreshFailure(options.name, error);
          else setEntry(k, result);
        },
      )
      .finally(() => {
        inFlight.delete(k);
        if (changedDuringLoad.delete(k)) void load(key);
      });
    inFlight.set(k, next);
    return next;
  };

  onDataChange((change) => {
    for (const [k, key] of keys) {
      if (!touches(options as ResourceOptions<K, unknown>, key, change)) continue;
      if (inFlight.has(k)) changedDuringLoad.add(k);
      else if ((onScreen.get(k) ?? 0) > 0) void load(key);
      else {
        keys.delete(k);
        setEntry(k, undefined);
      }
    }
  });

  return {
    use(key, enabled = true) {
      const k = keyOf(key);
      const entry = store((s) => s.entries[k]);
      useEffect(() => {
        if (!enabled) return;
        onScreen.set(k, (onScreen.get(k) ?? 0) + 1);
        const current = store.getState().entries[k];
        if (!current || current.status === 'failed') void load(JSON.parse(k) as K);
        return () => {
          onScreen.set(k, (onScreen.get(k) ?? 1) - 1);
        };
      }, [k, enabled]);
      return entry ?? LOADING;
    },
    peek: (key) => store.getState().entries[keyOf(key)],
    load,
    put(key, data) {
      const k = keyOf(key);
      keys.set(k, key);
      generation.set(k, (generation.get(k) ?? 0) + 1);
      setEntry(k, ready(data));
    },
  };
}
