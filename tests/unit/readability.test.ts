import { describe, expect, it } from 'vitest';
import { fleschReadingEase as appScore, syllablesIn } from '../../src/shared/rules/readability.ts';
import { countSyllables, fleschReadingEase } from '../support/readability.ts';

describe('the test’s own reading ease', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['make', 1],
    ['water', 2],
    ['happy', 2],
    ['table', 2],
    ['people', 2],
    ['beautiful', 3],
    ['syllable', 3],
    ['together', 3],
    ['01632', 1],
  ])('counts the syllables of %s as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('scores a sentence of one-syllable words by the formula: 206.835 − 1.015 × 6 − 84.6 × 1', () => {
    expect(fleschReadingEase('The cat sat on the mat.')).toBeCloseTo(116.145, 3);
  });

  it('scores two sentences by their average length: 8 words, 10 syllables, 2 sentences', () => {
    // The(1) happy(2) dog(1) ran. It(1) saw(1) a(1) table(2). → 206.835 − 1.015 × 4 − 84.6 × 10 / 8
    expect(fleschReadingEase('The happy dog ran. It saw a table.')).toBeCloseTo(97.025, 3);
  });

  it('puts plain English above 70 and official prose far below it', () => {
    expect(fleschReadingEase('You can stop at any time. We will call you back.')).toBeGreaterThan(90);
    expect(
      fleschReadingEase(
        'Personalised care interventions necessitate comprehensive multidisciplinary coordination across organisational boundaries.',
      ),
    ).toBeLessThan(0);
  });
});

describe('the settings hint’s reading ease (the app’s own)', () => {
  it('counts syllables as the test does on everyday words', () => {
    for (const word of ['cat', 'water', 'happy', 'table', 'beautiful', 'together']) {
      expect(syllablesIn(word)).toBe(countSyllables(word));
    }
  });

  it('gives the same score, rounded, and none for text without words', () => {
    expect(appScore('The happy dog ran. It saw a table.')).toEqual({ score: 97, words: 8, sentences: 2 });
    expect(appScore('  \n ')).toBeNull();
  });
});
