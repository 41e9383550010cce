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
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

function countCrLf(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) count++;
  return count;
}
