import type { Ctx } from '../context.ts';
import { handoutContent } from './content.ts';

/** The handout as plain text for the practice's website: headings on their own lines, a blank line between parts. */
export function handoutText(ctx: Ctx, workerId: number): { text: string } {
  const content = handoutContent(ctx, workerId);
  const parts = [
    content.title,
    content.intro,
    ...content.sections.map((section) => `${section.heading}\n\n${section.text}`),
    ...(content.contacts.length ? [content.contacts.map(([label, value]) => `${label}: ${value}`).join('\n')] : []),
    content.closing,
  ];
  return { text: `${parts.join('\n\n')}\n` };
}
