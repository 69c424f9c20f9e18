import type { HandoutPlaceholder } from '../domain/handouts.ts';
import { HANDOUT_PLACEHOLDERS } from '../domain/handouts.ts';

const PLACEHOLDER = /\{([^{}]*)\}/g;

const isKnown = (name: string): name is HandoutPlaceholder => Object.hasOwn(HANDOUT_PLACEHOLDERS, name);

/** Why wording cannot be used: a placeholder Linkwork does not know, or a brace left open; null when it can. */
export function placeholderProblem(text: string): string | null {
  const unknown = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((name) => !isKnown(name));
  if (unknown.length) {
    const known = Object.keys(HANDOUT_PLACEHOLDERS)
      .map((name) => `{${name}}`)
      .join(', ');
    return `Linkwork does not know {${unknown[0]}}: use ${known}`;
  }
  if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) return 'A brace { or } has no partner: placeholders look like {name}';
  return null;
}

/** The wording with each placeholder replaced by its value. */
export function fillPlaceholders(text: string, values: Record<HandoutPlaceholder, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (isKnown(name) ? values[name] : whole));
}
