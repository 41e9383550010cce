import type { UrgencyDecision } from './urgency-levels.js';

/** The version of a stored draft. A draft of any other version is ignored, never migrated by guesswork. */
export const DRAFT_VERSION = 1;

/**
 * What `<sm-compose>` keeps of an unsent message between page loads: the patient's choices and
 * words, exactly as typed (not cleaned: cleaning happens when the payload is built).
 */
export interface ComposeDraftData {
  version: 1;
  /** When it was saved (ISO 8601). */
  savedAt: string;
  regarding?: 'self' | 'other';
  /** The chosen category's id. */
  category?: string;
  /** The chosen recipient's id (with `config.recipients`). */
  recipient?: string;
  /** Answers by prompt id. */
  answers: Record<string, string>;
  subject?: string;
  /** The patient changed the suggested subject: restore `subject` as theirs. */
  subjectEdited?: boolean;
  message: string;
  /** Which proxies may see the message, by id, where the patient chose (with `config.proxies`). */
  proxies?: Record<string, boolean>;
  /** The patient's last answer to the urgency check, and the findings it was given for. */
  urgency?: { decision: UrgencyDecision; checkedAt: string; findings: string[] };
}

/** What the widget hands over to be saved; the version and the time are added when it is written. */
export type DraftContent = Omit<ComposeDraftData, 'version' | 'savedAt'>;

/** A draft ready to store: the content, stamped with the version and `savedAt`. */
export function createDraft(content: DraftContent, savedAt: Date = new Date()): ComposeDraftData {
  const draft: ComposeDraftData = {
    version: DRAFT_VERSION,
    savedAt: savedAt.toISOString(),
    answers: { ...content.answers },
    message: content.message,
  };
  if (content.regarding !== undefined) draft.regarding = content.regarding;
  if (content.category !== undefined) draft.category = content.category;
  if (content.recipient !== undefined) draft.recipient = content.recipient;
  if (content.subject !== undefined) draft.subject = content.subject;
  if (content.subjectEdited !== undefined) draft.subjectEdited = content.subjectEdited;
  if (content.proxies !== undefined) draft.proxies = { ...content.proxies };
  if (content.urgency !== undefined) draft.urgency = { ...content.urgency, findings: [...content.urgency.findings] };
  return draft;
}

/** The draft as stored in `sessionStorage`. */
export function serializeDraft(draft: ComposeDraftData): string {
  return JSON.stringify(draft);
}

/**
 * True when the patient has written nothing worth restoring: no message, no answer and no
 * subject of their own (a category or "who is it about" alone is quickly chosen again).
 */
export function isDraftEmpty(draft: DraftContent): boolean {
  return (
    draft.message.trim() === '' &&
    Object.values(draft.answers).every((answer) => answer.trim() === '') &&
    !(draft.subjectEdited === true && (draft.subject ?? '').trim() !== '')
  );
}
