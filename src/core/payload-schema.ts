import * as z from 'zod/mini';
import { countCharacters } from './count-characters.js';
import { FHIR_DATE_TIME, FHIR_UNSIGNED_INT_MAX } from './fhir-datatypes.js';
import { PAYLOAD_SCHEMA_VERSION, SUBJECT_MAX_LENGTH } from './payload-limits.js';
import { URGENCY_CHECK_SOURCES, URGENCY_CHECK_STATUSES, URGENCY_DECISIONS, URGENCY_LEVELS } from './urgency-levels.js';

z.config({ jitless: true }); // see config-schema.ts: no eval under strict CSP

export { PAYLOAD_SCHEMA_VERSION, SUBJECT_MAX_LENGTH };

// The published JSON Schema (dist/message-payload.schema.json) is generated from this file and
// must accept exactly what this schema accepts, except for the two checks that relate one field
// to another (characterCount against body and characterLimit), which JSON Schema cannot state.
// So every rule here is one that JSON Schema can state too: lengths (zod 4.6 counts them in code
// points, as JSON Schema does), patterns, enums. A test runs both over thousands of generated payloads.
//
// Unknown properties, at the top and in nested objects, are accepted and dropped by `parse`
// (zod's default), and accepted by the JSON Schema (which leaves objects open): a reader of
// version 1 must accept a payload from a later release of version 1 that adds an optional
// field (README, "Versioning"), so neither may refuse them.

const text = z.string().check(z.minLength(1));

/**
 * An instant with its offset that FHIR R4 can carry as a `dateTime` (years 0001–9999, offset
 * within ±14:00). The JSON Schema's descriptions are added in scripts/payload-json-schema.ts,
 * so that their words do not ship in the browser.
 */
const dateTime = z.iso
  .datetime({ offset: true, abort: true }) // one issue for a string that is no date at all
  .check(z.regex(FHIR_DATE_TIME, 'A date between the years 0001 and 9999, with an offset within ±14:00.'));

/** One attachment as the payload describes it (never its contents). */
export const attachmentInfoSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  type: z.string().check(z.maxLength(255)),
  /** Bytes; at most 2^31 − 1, the largest FHIR `Attachment.size`. */
  size: z.int().check(z.nonnegative(), z.maximum(FHIR_UNSIGNED_INT_MAX)),
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
  /** When the patient answered the urgency check. */
  checkedAt: dateTime,
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
    createdAt: dateTime,
    locale: z.enum(['en', 'es']),
    category: z.object({ id: text, label: text, routeTo: z.optional(text) }),
    /** At most 100 code points (the widget's field stops at 100 UTF-16 code units, which is never more). */
    subject: z.string().check(z.minLength(1), z.maxLength(SUBJECT_MAX_LENGTH)),
    /**
     * Plain text with labelled sections: what the clinician reads. Never blank: at least one
     * character that is neither white space nor a control character (which FHIR strings cannot
     * hold, so that the body always maps to `Communication.payload`).
     */
    // eslint-disable-next-line no-control-regex
    body: text.check(z.regex(/[^\s\u0000-\u001F]/, 'The message is blank.')),
    fields: z.array(payloadFieldSchema),
    urgency: payloadUrgencySchema,
    /** The patient was shown the billing notice (`config.billing`) before sending. */
    billingNoticeShown: z.optional(z.literal(true)),
    /** A reply (`config.replyTo`): the host's id of the conversation answered. */
    inReplyTo: z.optional(z.object({ threadId: text })),
    /** The care team or clinician the patient chose (with `config.recipients`): the host's id and the name shown. */
    recipient: z.optional(z.object({ id: text, label: text })),
    /**
     * Which of the patient's proxies may see the message, as the patient chose (with
     * `config.proxies`, in the categories that offer the choice): the host's ids, every proxy
     * in one list or the other.
     */
    proxyVisibility: z.optional(z.object({ visibleTo: z.array(text), hiddenFrom: z.array(text) })),
    /** The patient's electronic signature (with `config.signature`): the full name typed, and when the message was signed. */
    signature: z.optional(z.object({ name: text, signedAt: dateTime })),
    /** Whose health the message is about: the patient's own, or someone else's. */
    regarding: z.optional(z.enum(['self', 'other'])),
    /** The attached files' names, types and sizes; the files themselves travel beside the JSON. */
    attachments: z.optional(z.array(attachmentInfoSchema)),
    /** Set when the category pointed to a faster channel and the patient chose to write anyway. */
    redirect: z.optional(z.object({ href: text, choice: z.literal('continued') })),
    /** User-perceived characters in `body` (see `countCharacters`): checked against `body`. */
    characterCount: z.int().check(z.nonnegative()),
    characterLimit: z.int().check(z.positive()),
  })
  .check(
    z.refine((payload) => typeof payload.body !== 'string' || payload.characterCount === countCharacters(payload.body), {
      message: 'The character count does not match the message.',
      path: ['characterCount'],
    }),
    z.refine((payload) => payload.characterCount <= payload.characterLimit, {
      message: 'The message is longer than the character limit.',
      path: ['characterCount'],
    }),
  );

export type MessagePayload = z.infer<typeof messagePayloadSchema>;
export type PayloadField = z.infer<typeof payloadFieldSchema>;
export type PayloadUrgency = z.infer<typeof payloadUrgencySchema>;
export type PayloadUrgencyCheck = z.infer<typeof payloadUrgencyCheckSchema>;
