/**
 * The test's own Flesch reading ease, kept apart from the app's hint (src/shared/rules/readability.ts) so the
 * handout's check does not grade itself: 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words).
 */

/** Vowel groups, less a silent final e (but not -le, as in "table"); at least one. Digits and symbols count one. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
  let groups = 0;
  let inVowels = false;
  for (const letter of w) {
    const vowel = 'aeiouy'.includes(letter);
    if (vowel && !inVowels) groups++;
    inVowels = vowel;
  }
  if (w.length > 2 && w.endsWith('e') && !w.endsWith('le') && !'aeiouy'.includes(w.at(-2) ?? '')) groups--;
  return Math.max(1, groups);
}

/** Sentences end at . ! ? or a line break (a heading, a line of contact details). */
export function fleschReadingEase(text: string): number {
  const sentences = text
    .split(/[.!?](?:\s|$)|\n/)
    .map((s) => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)))
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  if (words.length === 0) throw new Error('No words to score');
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  return 206.835 - 1.015 * (words.length / sentences.length) - 84.6 * (syllables / words.length);
}
