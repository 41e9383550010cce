/**
 * The counting unit is the user-perceived character (an extended grapheme cluster, as
 * `Intl.Segmenter` defines it): "é", "👍🏽" and "👨‍👩‍👧" each count as one, as a person would
 * count them. A line break counts as one character.
 */

// eslint-disable-next-line no-control-regex
const PLAIN_ASCII = /^[\u0000-\u007f]*$/;
let segmenter: Intl.Segmenter | undefined;

/** Counts user-perceived characters in `text`. */
export function countCharacters(text: string): number {
  if (text.length === 0) return 0;
  // Fast path: in ASCII every code unit is one grapheme, except CR LF which is one.
  if (PLAIN_ASCII.test(text)) return text.length - countCrLf(text);
  // Created on first use, not at load: construction costs a few milliseconds.
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  // Segmented in windows: some engines (Node 20's ICU) slow down quadratically on one long
  // string. Windows end only where a cluster cannot continue.
  let count = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + WINDOW);
    while (end < text.length && !isSafeCut(text, end)) end++;
    for (const _ of segmenter.segment(text.slice(start, end))) count++;
    start = end;
  }
  return count;
}

const WINDOW = 1024;

/**
 * Characters that can join a neighbour into one cluster: combining marks, joiners, prepended
 * marks, the spacing marks and extenders that are letters by category (Thai and Lao AM,
 * U+0E33 and U+0EB3; the half-width sound marks U+FF9E and U+FF9F), Hangul jamo and syllables,
 * and surrogates (emoji, flags and other astral characters). Checked against `Intl.Segmenter`
 * for every BMP character by a test.
 */
// The class lists joiners (U+200C, U+200D) on purpose: they are what can join a cluster.
// eslint-disable-next-line no-misleading-character-class
const MAY_JOIN = /[\p{M}\u200C\u200D\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u0E33\u0EB3\u1100-\u11FF\uA960-\uA97F\uAC00-\uD7FF\uD800-\uDFFF\uFF9E\uFF9F]/u;

/** Exported for the test that checks it against `Intl.Segmenter`. */
export const mayJoinNeighbour = (char: string): boolean => MAY_JOIN.test(char);

/** Whether a grapheme cluster cannot span position `i`: neither side can join the other. */
function isSafeCut(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  if (before === 13 && after === 10) return false;
  if (before < 128 && after < 128) return true;
  return !MAY_JOIN.test(text[i - 1]!) && !MAY_JOIN.test(text[i]!);
}

function countCrLf(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) count++;
  return count;
}

/**
 * Counts a text that changes a little at a time (a message being typed): each call recounts
 * only the part that differs from the previous text, so a keystroke in a long message costs
 * about as much as in a short one. The result always equals `countCharacters(text)`.
 */
export function createCharacterCounter(): (text: string) => number {
  let previous = '';
  let previousCount = 0;
  return (text) => {
    if (text === previous) return previousCount;
    if (text.length === 0) {
      previous = text;
      previousCount = 0;
      return 0;
    }
    // The changed region, widened to places no grapheme cluster can span.
    const shortest = Math.min(text.length, previous.length);
    let start = commonPrefixLength(text, previous, shortest);
    let tail = 0;
    while (tail < shortest - start && text.charCodeAt(text.length - 1 - tail) === previous.charCodeAt(previous.length - 1 - tail)) tail++;
    while (start > 0 && !(isSafeCut(text, start) && isSafeCut(previous, start))) start--;
    while (tail > 0 && !(isSafeCut(text, text.length - tail) && isSafeCut(previous, previous.length - tail))) tail--;
    const count =
      previousCount - countCharacters(previous.slice(start, previous.length - tail)) + countCharacters(text.slice(start, text.length - tail));
    previous = text;
    previousCount = count;
    return count;
  };
}

const BLOCK = 256;

/**
 * How many code units `a` and `b` share at the start. Typing usually adds or removes at the
 * end, which the native `startsWith` checks at once; otherwise whole blocks are compared
 * natively first, then one code unit at a time.
 */
function commonPrefixLength(a: string, b: string, shortest: number): number {
  if (a.length >= b.length ? a.startsWith(b) : b.startsWith(a)) return shortest;
  let start = 0;
  while (start + BLOCK <= shortest && a.startsWith(b.slice(start, start + BLOCK), start)) start += BLOCK;
  while (start < shortest && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  return start;
}
