import fc from 'fast-check';
import { countCharacters, createCharacterCounter } from '../../src/core/count-characters.js';

// The incremental character counter against Intl.Segmenter, over random edits of text built
// from every grapheme-break class of UAX #29. Shared by the Node and the Chromium tests: the
// two engines ship different ICU versions.

/**
 * One character or short sequence of every grapheme-break class: CR, LF, controls, Extend
 * (combining marks, U+FF9E, ZWNJ, emoji modifiers, tags), ZWJ, regional indicators, Prepend,
 * SpacingMark (U+0E33 Thai SARA AM, U+0903), the Hangul L, V, T, LV and LVT syllable types,
 * Extended_Pictographic, Indic conjuncts (consonant, virama, consonant), lone surrogates, and
 * plain letters.
 */
const piece = fc.constantFrom(
  '\r', '\n', '\r\n', '\u0007', '\u0085',
  '\u0301', '\u0308', '\uff9e', '\uff9f', '\u200c', '\u{1f3fd}', '\u{e0067}', '\u{e007f}',
  '\u200d',
  '\u{1f1f2}', '\u{1f1fd}', '\u{1f1fa}',
  '\u0600', '\u06dd', '\u0d4e', '\u{110bd}',
  '\u0e33', '\u0eb3', '\u0903', '\u093e',
  '\u1100', '\u1161', '\u11a8', '\uac00', '\uac01', '\ua960', '\ud7b0',
  '\u2764', '\u{1f468}', '\u{1f469}', '\ufe0f', '\u2640',
  '\u0915', '\u094d', '\u0937', '\u0924',
  '\ud800', '\udc00',
  'a', 'ท', 'ｶ', 'x', 'é', ' ',
);
const soup = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function fullCount(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/**
 * Runs `numRuns` random sequences of up to 25 edits (insert, delete, replace anywhere) and
 * throws, with the shrunk counterexample, at the first count that differs from a full count.
 */
export function checkCounterAgainstSegmenter(numRuns: number): void {
  fc.assert(
    fc.property(soup, fc.array(fc.tuple(fc.nat(40), fc.nat(4), soup), { maxLength: 25 }), (start, edits) => {
      const count = createCharacterCounter();
      let text = start;
      const check = (): void => {
        const expected = fullCount(text);
        const incremental = count(text);
        const whole = countCharacters(text);
        if (incremental !== expected || whole !== expected) throw new Error(`counted ${incremental} (whole ${whole}), Intl.Segmenter ${expected}: ${JSON.stringify(text)}`);
      };
      check();
      for (const [at, removed, inserted] of edits) {
        const i = Math.min(at, text.length);
        text = text.slice(0, i) + inserted + text.slice(i + removed);
        check();
      }
    }),
    { numRuns },
  );
}
