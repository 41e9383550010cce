import type { ComposeDraftData, DraftContent } from '../draft.js';
import type { ComposeState } from './state.js';
import type { ComposeDraft } from './transitions.js';

/**
 * The one format the widget keeps a message in, for drafts and for the browser's form restore
 * alike: `ComposeDraftData` (draft.ts), read back through `parseDraft` (draft-schema.ts).
 * The words exactly as typed; the payload, the errors and the urgency answer are not kept.
 */
export function snapshot(state: ComposeState): DraftContent {
  const content: DraftContent = { answers: { ...state.answers }, message: state.message, subjectEdited: state.subject !== undefined };
  if (state.regarding) content.regarding = state.regarding;
  if (state.category) content.category = state.category;
  if (state.recipient) content.recipient = state.recipient;
  if (state.subject !== undefined) content.subject = state.subject;
  if (Object.keys(state.proxyChoices).length > 0) content.proxies = { ...state.proxyChoices };
  return content;
}

/** A stored snapshot as a prefill: a subject the patient did not write is suggested again. */
export function fromSnapshot(draft: ComposeDraftData): ComposeDraft {
  const { regarding, category, recipient, answers, message, proxies } = draft;
  return { regarding, category, recipient, answers, message, proxies, subject: draft.subjectEdited ? draft.subject : undefined };
}
