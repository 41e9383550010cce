import type { Locale } from './locale.js';
import { countCharacters } from './count-characters.js';
import { cleanAnswer } from './clean-text.js';
import { describeAttachments, type AttachmentInfo } from './attachments.js';
import { assembleBody, type AnsweredField } from './message-body.js';
import { PAYLOAD_SCHEMA_VERSION } from './payload-limits.js';
import type { MessagePayload, PayloadUrgency } from './payload-schema.js';

export interface PayloadInput {
  id: string;
  createdAt: Date;
  locale: Locale;
  category: { id: string; label: string; routeTo?: string | undefined };
  /** The patient's signature (with `config.signature`), and the line that ends the body ("Signed electronically by …"). */
  signature?: { name: string; signedAt: string } | undefined;
  signedLine?: string | undefined;
  /** The billing notice was shown (with `config.billing`). */
  billingNoticeShown?: boolean | undefined;
  /** Which proxies may see the message, by id (with `config.proxies`). */
  proxyVisibility?: { visibleTo: readonly string[]; hiddenFrom: readonly string[] } | undefined;
  /** The conversation answered (with `config.replyTo`). */
  inReplyTo?: string | undefined;
  /** The care team or clinician chosen (with `config.recipients`). */
  recipient?: { id: string; label: string } | undefined;
  subject: string;
  fields: readonly AnsweredField[];
  message: string;
  /** Heading of the free-text section in the body, in the patient's language. */
  messageLabel: string;
  urgency: PayloadUrgency;
  characterLimit: number;
  regarding?: 'self' | 'other' | undefined;
  /** The faster channel the patient was offered and declined. */
  declinedRedirect?: string | undefined;
  attachments?: readonly AttachmentInfo[] | undefined;
}

/** Builds the payload from the patient's answers. Validate it with `messagePayloadSchema`. */
export function buildPayload(input: PayloadInput): MessagePayload {
  const written = assembleBody(input.fields, input.message, input.messageLabel);
  const body = input.signature && input.signedLine ? `${written}\n\n${input.signedLine}` : written;
  const { routeTo, ...category } = input.category;
  return {
    schemaVersion: PAYLOAD_SCHEMA_VERSION,
    id: input.id,
    createdAt: input.createdAt.toISOString(),
    locale: input.locale,
    category: routeTo === undefined ? category : { ...category, routeTo },
    ...(input.billingNoticeShown && { billingNoticeShown: true as const }),
    ...(input.inReplyTo && { inReplyTo: { threadId: input.inReplyTo } }),
    ...(input.recipient && { recipient: { id: input.recipient.id, label: cleanAnswer(input.recipient.label) } }),
    subject: cleanAnswer(input.subject).replace(/\s+/g, ' '),
    body,
    fields: input.fields.map((field) => ({ id: field.id, label: cleanAnswer(field.label), value: cleanAnswer(field.value) })),
    urgency: input.urgency,
    ...(input.proxyVisibility && { proxyVisibility: { visibleTo: [...input.proxyVisibility.visibleTo], hiddenFrom: [...input.proxyVisibility.hiddenFrom] } }),
    ...(input.signature && { signature: { name: cleanAnswer(input.signature.name), signedAt: input.signature.signedAt } }),
    ...(input.regarding && { regarding: input.regarding }),
    ...(input.declinedRedirect && { redirect: { href: input.declinedRedirect, choice: 'continued' as const } }),
    ...(input.attachments?.length && { attachments: describeAttachments(input.attachments) }),
    characterCount: countCharacters(body),
    characterLimit: input.characterLimit,
  };
}
