import { cleanAnswer, cleanText } from './clean-text.js';
import { SUBJECT_MAX_LENGTH } from './payload-limits.js';

/** One answered prompt, its label already in the patient's language. */
export interface AnsweredField {
  id: string;
  label: string;
  value: string;
}

/**
 * Assembles the plain-text body the clinician reads. The format is stable, because
 * clinicians read it in systems that show only text:
 *
 * ```
 * Medicine name: Lisinopril
 * Pharmacy: Main Street Pharmacy
 * What is going on?:
 * First line of a longer answer
 * second line
 *
 * Message:
 * The patient's own words.
 * ```
 *
 * Each answered prompt is one `Label: value` line (a multi-line answer starts on the next
 * line); empty answers are left out; the patient's free text follows a blank line under
 * `messageLabel`. All text is cleaned (NFC, no control characters).
 */
export function assembleBody(fields: readonly AnsweredField[], message: string, messageLabel: string): string {
  const lines = fields
    .map((field) => ({ label: cleanAnswer(field.label), value: cleanAnswer(field.value) }))
    .filter((field) => field.value !== '')
    .map(({ label, value }) => (value.includes('\n') ? `${withColon(label)}\n${value}` : `${withColon(label)} ${value}`));
  const freeText = cleanText(message).trim();
  if (freeText !== '') lines.push(`${lines.length > 0 ? '\n' : ''}${withColon(cleanAnswer(messageLabel))}\n${freeText}`);
  return lines.join('\n');
}

function withColon(label: string): string {
  return /[:?]$/.test(label) ? label : `${label}:`;
}

/** Suggests a subject from the category and the answer that sums the message up. */
export function suggestSubject(categoryLabel: string, keyAnswer = ''): string {
  const answer = cleanAnswer(keyAnswer).replace(/\s+/g, ' ');
  return truncate(answer === '' ? categoryLabel : `${categoryLabel}: ${answer}`, SUBJECT_MAX_LENGTH);
}

/**
 * Cuts `text` to at most `max` UTF-16 code units (what `maxlength` and the schema count),
 * never inside a code point, and marks the cut with an ellipsis.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = '';
  for (const point of text) {
    if (cut.length + point.length > max - 1) break;
    cut += point;
  }
  return `${cut.trimEnd()}…`;
}
