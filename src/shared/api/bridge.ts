import type { Envelope } from './envelope.ts';

/** Events the desktop shell may send the page (from its menu). */
export const APP_EVENTS = ['navigate'] as const;
export type AppEvent = (typeof APP_EVENTS)[number];

/** All the preload script exposes: one call door and one event subscription. */
export interface LinkworkBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: AppEvent, listener: (payload: unknown) => void): () => void;
}

export const eventChannel = (event: AppEvent): string => `linkwork:event:${event}`;
