import { assembleBody, suggestSubject, type AnsweredField } from '../message-body.js';
import type { ResolvedCategory } from '../resolve-catalog.js';
import type { ComposeState } from './state.js';

/** The body's labels, in the patient's language. */
export interface BodyLabels {
  message: string;
  regarding: string;
  regardingOther: string;
}

/**
 * With `config.signature`: the categories it is asked for (all when `undefined`), and the
 * signed line that ends the body ("Signed electronically by … on …", today's date).
 */
export interface SignatureEnv {
  categories: readonly string[] | undefined;
  line: (name: string) => string;
}

/** The message of the chosen category as the clinician will read it. */
export interface WrittenMessage {
  /** The answered prompts as the body and the payload list them. */
  fields: AnsweredField[];
  /** The patient is asked to sign this message; once they typed their name, the line that ends the body. */
  signing: boolean;
  signedLine: string | undefined;
  /** The answers and the patient's words, without the signed line (what must not be empty). */
  written: string;
  /** The text the clinician will read. */
  body: string;
  /** The subject shown: the patient's own, or the one suggested from the category and key answer. */
  subject: string;
}

/**
 * The body, the subject and the signature of the message being written. `derive` calls it
 * once a category is chosen; it loads with the writing step (compose.write.ts), where they
 * show, not with the first screen.
 */
export function writeMessage(state: ComposeState, category: ResolvedCategory, labels: BodyLabels, signature: SignatureEnv | undefined): WrittenMessage {
  const fields = answeredFields(state, category, labels);
  const signing = Boolean(signature && (signature.categories?.includes(category.id) ?? true));
  const written = assembleBody(fields, state.message, labels.message);
  // The signed line is part of what the clinician reads, and of the count.
  const name = state.signatureName.trim();
  const signedLine = signing && name && written ? signature!.line(name) : undefined;
  return {
    fields,
    signing,
    signedLine,
    written,
    body: signedLine ? `${written}\n\n${signedLine}` : written,
    subject: state.subject ?? suggestedSubject(category, fields),
  };
}

function answeredFields(state: ComposeState, category: ResolvedCategory, labels: BodyLabels): AnsweredField[] {
  // A message about someone else says so at the top, where the clinician starts reading.
  const about = state.regarding === 'other' ? [{ id: 'regarding', label: labels.regarding, value: labels.regardingOther }] : [];
  const answers = category.prompts.map((prompt) => {
    const answer = state.answers[prompt.id] ?? '';
    const value = prompt.kind === 'select' ? (prompt.options.find((option) => option.value === answer)?.label ?? '') : answer;
    return { id: prompt.id, label: prompt.label, value };
  });
  return about.concat(answers);
}

/** The category, and the first line of the answer that sums the message up. */
function suggestedSubject(category: ResolvedCategory, fields: readonly AnsweredField[]): string {
  if (category.subject) return category.subject;
  const key = category.prompts.find((prompt) => prompt.summarizes);
  const keyAnswer = key ? (fields.find((field) => field.id === key.id)?.value ?? '') : '';
  return suggestSubject(category.label, keyAnswer.split('\n')[0]);
}
