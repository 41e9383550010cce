/**
 * Control characters other than tab and newline, and the bidirectional formatting characters
 * (marks, embeddings, overrides, isolates): they are invisible, break plain-text readers on the
 * clinician's side and can smuggle content past a reviewer ("1\u202E05 gm" shows as "1mg 50"
 * on screen while it says 105 gm). Zero-width joiners stay: emoji and some scripts need them.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g;

/** Half of a surrogate pair without its other half: not text, and some JSON parsers reject it. */
const LONE_SURROGATE = /\p{Cs}/gu;

const NOT_PLAIN = /[^\t\n\x20-\x7e]/;

/**
 * Normalises patient text for the payload: NFC, `\n` line ends, no unsafe control characters,
 * lone surrogates replaced by U+FFFD. NFC comes last: a removed character can sit between a
 * letter and its accent ("A\u200B\u0301"), and the two must then compose.
 */
export function cleanText(text: string): string {
  // Printable ASCII, tabs and newlines are already clean and in NFC: no copy of a long message
  // on every keystroke.
  if (!NOT_PLAIN.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE_CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD').normalize('NFC');
}

/** `cleanText`, then trims surrounding white space (for single answers, not for the message body). */
export function cleanAnswer(text: string): string {
  return cleanText(text).trim();
}
