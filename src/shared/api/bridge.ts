import type { Envelope } from './envelope.ts';

/** Events the desktop shell may send the page: a route from its menu, and each committed data change. */
export const APP_EVENTS = ['navigate', 'changed'] as const;
export type AppEvent = (typeof APP_EVENTS)[number];

/** All the preload script exposes: one call door and one event subscription. */
export interface LinkworkBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: AppEvent, listener: (payload: unknown) => void): () => void;
}

export const eventChannel = (event: AppEvent): string => `linkwork:event:${event}`;
