/**
 * Flesch reading ease, for the hint beside the patient handout's wording: 206.835 − 1.015 × words per sentence −
 * 84.6 × syllables per word. Syllables are estimated (groups of vowels, a silent final e), as every such score is.
 * 70 or more is "fairly easy", about what a reading age of 9 to 12 manages.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function syllablesIn(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters === '') return 1; // a number read aloud: counted as one
  const trimmed = letters.length > 2 && /[^l]e$/.test(letters) ? letters.slice(0, -1) : letters;
  return Math.max(1, trimmed.match(/[aeiouy]+/g)?.length ?? 0);
}

export interface Readability {
  score: number;
  words: number;
  sentences: number;
}

/** The score of the text, or null when it has no words. Each line is a sentence even without a full stop. */
export function fleschReadingEase(text: string): Readability | null {
  const sentences = text
    .split(/[.!?]+(?=\s|$)|\n+/)
    .map((part) => part.match(WORD) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  if (words.length === 0) return null;
  const syllables = words.reduce((sum, word) => sum + syllablesIn(word), 0);
  const score = 206.835 - 1.015 * (words.length / sentences.length) - 84.6 * (syllables / words.length);
  return { score: Math.round(score), words: words.length, sentences: sentences.length };
}

/** In words for the lead: how easy the score says the text is to read. */
export function readingEaseWords(score: number): string {
  if (score >= 90) return 'very easy to read';
  if (score >= 80) return 'easy to read';
  if (score >= 70) return 'fairly easy to read: about right for a patient handout';
  if (score >= 60) return 'plain English, but harder than a handout should be: try shorter sentences and words';
  return 'hard to read: use shorter sentences and everyday words';
}
