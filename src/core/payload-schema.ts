import * as z from 'zod/mini';
import { PAYLOAD_SCHEMA_VERSION, SUBJECT_MAX_LENGTH } from './payload-limits.js';
import { URGENCY_CHECK_SOURCES, URGENCY_CHECK_STATUSES, URGENCY_DECISIONS, URGENCY_LEVELS } from './urgency-levels.js';

z.config({ jitless: true }); // see config-schema.ts: no eval under strict CSP

export { PAYLOAD_SCHEMA_VERSION, SUBJECT_MAX_LENGTH };

const text = z.string().check(z.minLength(1));

/** One attachment as the payload describes it (never its contents). */
export const attachmentInfoSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  type: z.string().check(z.maxLength(255)),
  size: z.int().check(z.nonnegative()),
});

export const payloadFieldSchema = z.object({
  id: text,
  label: text,
  value: z.string(),
});

/** One check that read the message: the built-in screen, or the host's `config.urgency.assess`. */
export const payloadUrgencyCheckSchema = z.object({
  source: z.enum(URGENCY_CHECK_SOURCES),
  /** `ok`; for the host's check also `timeout` (too slow) or `error` (failed or malformed), when it was not used. */
  status: z.enum(URGENCY_CHECK_STATUSES),
  /** The level this check gave; only with `status: 'ok'`. */
  level: z.optional(z.enum(URGENCY_LEVELS)),
  /** The ids of what this check noticed; only with `status: 'ok'`. */
  findings: z.optional(z.array(text)),
});

export const payloadUrgencySchema = z.object({
  /** The more severe level of the checks that ran. */
  level: z.enum(URGENCY_LEVELS),
  /** The ids of what the checks noticed in the text. */
  findings: z.array(text),
  decision: z.enum(URGENCY_DECISIONS),
  checkedAt: z.iso.datetime({ offset: true }),
  /**
   * The red flags the patient said they have right now, in the routine "Is this an emergency?"
   * check (ids; empty after "None of these"). Absent when that check was not answered.
   */
  reported: z.optional(z.array(text)),
  /** Which checks read the message, and how each ended. */
  checks: z.optional(z.array(payloadUrgencyCheckSchema)),
});

/** What `<sm-compose>` emits in `sm-submit` and what a portal's back end receives. */
export const messagePayloadSchema = z
  .object({
    schemaVersion: z.literal(PAYLOAD_SCHEMA_VERSION),
    /** One message, one id: the same on every retry, so the host can de-duplicate. */
    id: z.uuid(),
    createdAt: z.iso.datetime({ offset: true }),
    locale: z.enum(['en', 'es']),
    category: z.object({ id: text, label: text, routeTo: z.optional(text) }),
    subject: z.string().check(z.minLength(1), z.maxLength(SUBJECT_MAX_LENGTH)),
    /** Plain text with labelled sections: what the clinician reads. */
    body: text,
    fields: z.array(payloadFieldSchema),
    urgency: payloadUrgencySchema,
    /** Whose health the message is about: the patient's own, or someone else's. */
    regarding: z.optional(z.enum(['self', 'other'])),
    /** The attached files' names, types and sizes; the files themselves travel beside the JSON. */
    attachments: z.optional(z.array(attachmentInfoSchema)),
    /** Set when the category pointed to a faster channel and the patient chose to write anyway. */
    redirect: z.optional(z.object({ href: text, choice: z.literal('continued') })),
    /** User-perceived characters in `body` (see `countCharacters`). */
    characterCount: z.int().check(z.nonnegative()),
    characterLimit: z.int().check(z.positive()),
  })
  .check(
    z.refine((payload) => payload.characterCount <= payload.characterLimit, {
      message: 'The message is longer than the character limit.',
      path: ['characterCount'],
    }),
  );

export type MessagePayload = z.infer<typeof messagePayloadSchema>;
export type PayloadField = z.infer<typeof payloadFieldSchema>;
export type PayloadUrgency = z.infer<typeof payloadUrgencySchema>;
export type PayloadUrgencyCheck = z.infer<typeof payloadUrgencyCheckSchema>;
