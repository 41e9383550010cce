import * as z from 'zod/mini';
import type { HostUrgencyAssess } from './combine-urgency.js';
import { DEFAULT_CATEGORIES } from './catalog.js';
import { RED_FLAG_ACTIONS } from './urgency-levels.js';

// Strict Content Security Policies forbid `new Function`; even zod's guarded probe for it raises
// a `securitypolicyviolation`. Validation without the JIT is fast enough for a form.
z.config({ jitless: true });

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));

/** Text given once for all languages, or per language: `"Pharmacy"` or `{ en: "Pharmacy", es: "Farmacia" }`. */
export const localizedTextSchema = z.union([
  nonEmpty(),
  z
    .strictObject({ en: z.optional(nonEmpty()), es: z.optional(nonEmpty()) })
    .check(z.refine((text) => text.en !== undefined || text.es !== undefined, 'Give the text in at least one language (en or es).')),
]);

/**
 * An http(s) link, or one relative to the portal: "/billing", "./help", "../help", "#rules".
 * "//evil.example" and "/\\evil.example" are not relative: browsers read them as another site.
 */
const linkSchema = () => z.string().check(z.regex(/^(?:https?:\/\/|\/(?![/\\])|\.\.?\/|#)/, 'Use an http(s) link or one relative to this site.'));

const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lower-case letters, digits and dashes, e.g. "refill-request".'));

export const promptKindSchema = z.enum(['text', 'textarea', 'select', 'date', 'number']);

export const promptOptionSchema = z.strictObject({ value: nonEmpty(), label: localizedTextSchema });

export const promptSchema = z
  .strictObject({
    id: idSchema,
    label: localizedTextSchema,
    hint: z.optional(localizedTextSchema),
    kind: promptKindSchema,
    required: z.optional(z.boolean()),
    options: z.optional(
      z.array(promptOptionSchema).check(
        z.minLength(1),
        z.refine((options) => new Set(options.map((option) => option.value)).size === options.length, {
          message: 'Each option needs a value of its own: two options share one.',
        }),
      ),
    ),
    summarizes: z.optional(z.boolean()),
  })
  .check(
    z.refine((prompt) => prompt.kind !== 'select' || (prompt.options?.length ?? 0) > 0, {
      message: 'A "select" prompt needs "options".',
      path: ['options'],
    }),
  );

export const redirectSchema = z.strictObject({
  href: linkSchema(),
  label: localizedTextSchema,
  message: localizedTextSchema,
});

export const categorySchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  description: localizedTextSchema,
  examples: z.optional(z.array(localizedTextSchema)),
  routeTo: z.optional(nonEmpty()),
  notice: z.optional(localizedTextSchema),
  redirect: z.optional(redirectSchema),
  prompts: z.array(promptSchema).check(
    z.refine((prompts) => new Set(prompts.map((p) => p.id)).size === prompts.length, 'Each prompt in a category needs its own id.'),
  ),
});

/** A care team or clinician the patient can write to (`config.recipients`). */
export const recipientSchema = z.strictObject({
  /** The host's id for it, returned in `payload.recipient.id`. */
  id: nonEmpty(),
  label: localizedTextSchema,
  /** The facility or department, shown beside the name and searched. */
  group: z.optional(localizedTextSchema),
  /** The patient wrote to it lately: listed first. */
  recent: z.optional(z.boolean()),
  /** The categories it takes (ids); without it, all of them. */
  categories: z.optional(z.array(idSchema)),
});

const timeOfDaySchema = () => z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour "HH:MM", e.g. "08:30".'));

/** The hours of one day: `{ open: "08:00", close: "17:00" }`, by the office's clock ("24:00": until midnight). */
export const officeSpanSchema = z
  .strictObject({ open: timeOfDaySchema(), close: z.string().check(z.regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use 24-hour "HH:MM", e.g. "17:30", or "24:00" for midnight.')) })
  .check(z.refine((span) => span.open < span.close, { message: 'The office must close after it opens.', path: ['close'] }));

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** `config.officeHours`: when the care team reads messages, by the office's own clock. */
export const officeHoursSchema = z.strictObject({
  /** The office's time zone (IANA), e.g. "America/Chicago". */
  timeZone: z.string().check(z.refine(isTimeZone, 'Use an IANA time zone, e.g. "America/Chicago".')),
  /** The hours of each day it is open; a day left out is closed. */
  week: z.strictObject({
    mon: z.optional(officeSpanSchema),
    tue: z.optional(officeSpanSchema),
    wed: z.optional(officeSpanSchema),
    thu: z.optional(officeSpanSchema),
    fri: z.optional(officeSpanSchema),
    sat: z.optional(officeSpanSchema),
    sun: z.optional(officeSpanSchema),
  }),
  /** Days it is closed ("YYYY-MM-DD", on the office's calendar). */
  holidays: z.optional(z.array(z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'Use "YYYY-MM-DD", e.g. "2026-12-25".')))),
});

/** One red flag of the routine urgency check: `{ id, label, action }`. */
export const redFlagSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  action: z.enum(RED_FLAG_ACTIONS),
});

/** The most red flags a list may have: the patient should read them in a few seconds. */
export const MAX_RED_FLAGS = 12;
/** The longest a host may make the patient wait for its urgency check, in milliseconds. */
export const MAX_URGENCY_TIMEOUT_MS = 10_000;

/** `config.urgency`: the red-flag list of the routine check, and the host's own classifier. */
export const urgencyConfigSchema = z.strictObject({
  /** Replaces the default red flags of "Is this an emergency?". */
  redFlags: z.optional(
    z.array(redFlagSchema).check(
      z.minLength(1, 'Give at least one red flag, or leave "redFlags" out for the default list.'),
      z.maxLength(MAX_RED_FLAGS, `Give at most ${MAX_RED_FLAGS} red flags: the patient should read them in a few seconds.`),
      z.refine((flags) => new Set(flags.map((flag) => flag.id)).size === flags.length, 'Each red flag needs its own id.'),
    ),
  ),
  /** The host's classifier, run beside the built-in screen when the patient presses Review. */
  assess: z.optional(
    z.custom<HostUrgencyAssess>((value) => typeof value === 'function', 'Expected a function: (text, { locale }) => Promise<{ level, findings }>.'),
  ),
  /** How long to wait for `assess`, in milliseconds (default 3000). */
  timeout: z.optional(
    z.int().check(z.positive('Expected a positive number of milliseconds.'), z.maximum(MAX_URGENCY_TIMEOUT_MS, `At most ${MAX_URGENCY_TIMEOUT_MS} ms: the patient waits this long.`)),
  ),
});

/** Host string overrides: `{ en: { sendButton: "Send to my doctor" }, es: { … } }`. */
// An empty override would leave a button or a label with no name.
export const stringOverridesSchema = z.partialRecord(z.enum(['en', 'es']), z.record(z.string(), nonEmpty()));

/** Someone who may read the patient's messages (a proxy: a spouse, an adult child, a caregiver). */
export const proxySchema = z.strictObject({
  /** The host's id for the proxy, returned in `payload.proxyVisibility`. */
  id: idSchema,
  /** As the patient knows them: "Maria Lopez (your daughter)". */
  label: localizedTextSchema,
});

/**
 * `config.proxies`: the people who can read the patient's messages, and the patient's choice,
 * per message, of which of them may see this one.
 */
export const proxiesConfigSchema = z.strictObject({
  /** The patient's proxies; an empty list turns the choice off. */
  people: z.array(proxySchema).check(z.refine((people) => new Set(people.map((p) => p.id)).size === people.length, 'Each proxy needs its own id.')),
  /** Who is checked before the patient chooses: everyone (`all`, the default: how portals behave today) or no one (`none`). */
  default: z.optional(z.enum(['all', 'none'])),
  /** The categories whose messages the choice is offered for (ids); all when left out. */
  categories: z.optional(z.array(idSchema)),
  /** Help under the choice, e.g. "To change who can read your messages, go to Account > Proxies." */
  help: z.optional(localizedTextSchema),
});

/** `config.replyTo`: the clinician's message the patient answers (reply mode). */
export const replyToSchema = z.strictObject({
  /** The host's id of the conversation, returned in `payload.inReplyTo.threadId`. */
  threadId: nonEmpty(),
  /** The category of the conversation (one of the categories' ids): the reply goes where it went. */
  categoryId: idSchema,
  subject: nonEmpty(),
  /** Who wrote the message answered, as the patient knows them ("Dr. Rivera"). */
  from: localizedTextSchema,
  sentAt: z.iso.datetime({ offset: true }),
  /** The message answered, or its beginning: shown as text, never as HTML. */
  excerpt: z.optional(z.string()),
  /** Replies are closed (VA closes them after 45 days): why, and where a new message starts. */
  closed: z.optional(z.strictObject({ reason: z.optional(localizedTextSchema), newMessageHref: z.optional(linkSchema()) })),
});

/** The `config` property of `<sm-compose>`: everything is optional and falls back to the defaults. */
export const composeConfigSchema = z.strictObject({
  /** Reply mode: the patient answers this message; no category or "who is it about" is asked. */
  replyTo: z.optional(replyToSchema),
  categories: z.optional(
    z.array(categorySchema).check(
      z.minLength(1, 'Give at least one category.'),
      z.refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'Each category needs its own id.'),
    ),
  ),
  replyTime: z.optional(localizedTextSchema),
  /** Where a patient writing about someone else can open that person's record (proxy access). */
  proxyHref: z.optional(linkSchema()),
  /** Lets patients attach photos and documents, with these limits (`true` for the defaults). */
  attachments: z.optional(
    z.union([
      z.boolean(),
      z.strictObject({
        maxFiles: z.optional(z.int().check(z.positive())),
        maxFileSize: z.optional(z.int().check(z.positive())),
        maxTotalSize: z.optional(z.int().check(z.positive())),
        accept: z.optional(nonEmpty()),
      }),
    ]),
  ),
  /** The care teams or clinicians the patient chooses from, after the category. */
  recipients: z.optional(
    z.array(recipientSchema).check(
      z.minLength(1, 'Give at least one recipient, or leave "recipients" out.'),
      z.refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'Each recipient needs its own id.'),
    ),
  ),
  /** Help under the list of recipients, e.g. "Can't find your team? Call the clinic at …". */
  recipientHelp: z.optional(localizedTextSchema),
  /**
   * Asks the patient to sign (VA's electronic signature): their full name and a box that
   * certifies the host's `statement`; for the `categories` given, or all.
   */
  signature: z.optional(z.strictObject({ statement: localizedTextSchema, categories: z.optional(z.array(idSchema)) })),
  /**
   * MyChart's billing notice: a message that needs the clinician's time may be billed. Shown
   * in the writing step of the `categories` given (all when left out); the payload says so.
   */
  billing: z.optional(z.strictObject({ notice: localizedTextSchema, categories: z.optional(z.array(idSchema)) })),
  /** The patient's proxies: in the writing step, the patient chooses which of them may see this message. */
  proxies: z.optional(proxiesConfigSchema),
  /** When the care team reads messages: out of hours the rules say when, and put the on-call line first. */
  officeHours: z.optional(officeHoursSchema),
  /** Extra words for the crisis line, e.g. "Veterans: press 1". */
  crisisAdvice: z.optional(localizedTextSchema),
  /** The routine check's red flags and the host's own urgency check. */
  urgency: z.optional(urgencyConfigSchema),
  strings: z.optional(stringOverridesSchema),
}).check(
  z.refine((config) => !config.replyTo || (config.categories ?? DEFAULT_CATEGORIES).some((c) => c.id === config.replyTo!.categoryId), {
    message: 'Use the id of one of the categories.',
    path: ['replyTo', 'categoryId'],
  }),
);

export type LocalizedTextInput = z.infer<typeof localizedTextSchema>;
export type PromptKind = z.infer<typeof promptKindSchema>;
export type PromptOption = z.infer<typeof promptOptionSchema>;
export type PromptDefinition = z.infer<typeof promptSchema>;
export type RedirectDefinition = z.infer<typeof redirectSchema>;
export type CategoryDefinition = z.infer<typeof categorySchema>;
export type RedFlagConfig = z.infer<typeof redFlagSchema>;
export type RecipientDefinition = z.infer<typeof recipientSchema>;
export type OfficeHoursConfig = z.infer<typeof officeHoursSchema>;
export type ReplyToConfig = z.infer<typeof replyToSchema>;
export type ProxyDefinition = z.infer<typeof proxySchema>;
export type ProxiesConfig = z.infer<typeof proxiesConfigSchema>;
export type UrgencyConfig = z.infer<typeof urgencyConfigSchema>;
export type ComposeConfig = z.infer<typeof composeConfigSchema>;
