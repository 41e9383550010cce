/**
 * Control characters other than tab and newline: they are invisible, break plain-text
 * readers on the clinician's side and can smuggle content past a reviewer.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2028\u2029\uFEFF]/g;

/** Normalises patient text for the payload: NFC, `\n` line ends, no unsafe control characters. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(UNSAFE_CONTROLS, '');
}

/** `cleanText`, then trims surrounding white space (for single answers, not for the message body). */
export function cleanAnswer(text: string): string {
  return cleanText(text).trim();
}
