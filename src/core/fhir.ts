import { DEFAULT_CATEGORIES } from './catalog.js';
import { FHIR_DATE_TIME, FHIR_UNSIGNED_INT_MAX } from './fhir-datatypes.js';
import type { MessagePayload } from './payload-schema.js';
import { DEFAULT_RED_FLAGS } from './red-flags.js';
import { URGENCY_FINDING_IDS } from './triage/findings.js';
import { URGENCY_CHECK_SOURCES, URGENCY_CHECK_STATUSES, URGENCY_DECISIONS, type UrgencyLevelName } from './urgency-levels.js';

/**
 * Maps a message payload to a FHIR R4 (4.0.1) `Communication`: the record of a message that the
 * patient has sent, keeping everything the patient said and chose. Pure data in, pure data
 * out: no DOM, no I/O, and the input is never changed.
 *
 * Every element it emits follows the R4 datatype rules: no empty or null elements, codes without
 * stray white space, dateTimes with a time zone in the R4 range, references that point somewhere.
 * The extensions, code systems and value sets it uses are published as FHIR resources in
 * `dist/fhir/` (`sm-compose/fhir/…` in the package); their canonical URLs below are stable.
 */

/** Base of every canonical URL sm-compose defines. Stable: a URL, once published, keeps its meaning. */
export const SM_COMPOSE_FHIR_BASE = 'https://sm-compose.dev/fhir/';
/** Base of the URLs of the sm-compose extensions (`StructureDefinition`s in `dist/fhir/`). */
export const SM_COMPOSE_STRUCTURE_DEFINITION_BASE = `${SM_COMPOSE_FHIR_BASE}StructureDefinition/`;
/** Base of the URLs of the sm-compose code systems (`CodeSystem`s in `dist/fhir/`). */
export const SM_COMPOSE_CODE_SYSTEM_BASE = `${SM_COMPOSE_FHIR_BASE}CodeSystem/`;
/** Base of the URLs of the sm-compose value sets (each holds all codes of its code system). */
export const SM_COMPOSE_VALUE_SET_BASE = `${SM_COMPOSE_FHIR_BASE}ValueSet/`;

/**
 * The sm-compose code systems. The first five are closed (every code is ours); the last four
 * hold the built-in codes of sets a host can extend through its configuration (categories,
 * routing hints, findings of its own check, red flags): a host's own code goes in the system it
 * names in `FhirCommunicationOptions.codeSystems`, or in a `Coding` without `system` when it
 * names none.
 */
export const SM_COMPOSE_CODE_SYSTEMS = {
  urgencyLevel: `${SM_COMPOSE_CODE_SYSTEM_BASE}urgency-level`,
  urgencyDecision: `${SM_COMPOSE_CODE_SYSTEM_BASE}urgency-decision`,
  urgencyCheckSource: `${SM_COMPOSE_CODE_SYSTEM_BASE}urgency-check-source`,
  urgencyCheckStatus: `${SM_COMPOSE_CODE_SYSTEM_BASE}urgency-check-status`,
  regarding: `${SM_COMPOSE_CODE_SYSTEM_BASE}message-regarding`,
  category: `${SM_COMPOSE_CODE_SYSTEM_BASE}message-category`,
  routingHint: `${SM_COMPOSE_CODE_SYSTEM_BASE}routing-hint`,
  urgencyFinding: `${SM_COMPOSE_CODE_SYSTEM_BASE}urgency-finding`,
  redFlag: `${SM_COMPOSE_CODE_SYSTEM_BASE}red-flag`,
} as const;

/** Code system for category ids (the default catalog's; see `SM_COMPOSE_CODE_SYSTEMS`). */
export const SM_COMPOSE_CATEGORY_SYSTEM = SM_COMPOSE_CODE_SYSTEMS.category;

/** The extensions on the Communication (cardinality in the Communication as mapped). */
export const SM_COMPOSE_EXTENSIONS = {
  /** `valueCoding` (`message-regarding`): `self` or `other`, whose health the message is about. 0..1 */
  regarding: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}message-regarding`,
  /** `valueCoding` (`routing-hint`): the category's routing hint (`routeTo`). 0..1 */
  routingHint: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}routing-hint`,
  /** `valueUrl`: the faster channel the category offered, which the patient declined to write anyway. 0..1 */
  declinedRedirect: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}declined-redirect`,
  /** `valueCoding` (`urgency-level`): the level the checks found. 1..1 */
  urgencyLevel: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}urgency-level`,
  /** `valueCoding` (`urgency-decision`): what the patient chose at the urgency check. 1..1 */
  urgencyDecision: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}urgency-decision`,
  /** `valueDateTime`: when the patient answered the urgency check. 1..1 */
  urgencyCheckedAt: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}urgency-checked-at`,
  /** `valueCoding` (`urgency-finding`): one per thing the checks noticed, in the payload's order. 0..* */
  urgencyFinding: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}urgency-finding`,
  /** `valueCoding` (`red-flag`): one per red flag the patient said they have now; `none-of-these` for "None of these". 0..* */
  urgencyReported: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}urgency-reported`,
  /** `valueBoolean` `true`: the patient was shown the billing notice (`config.billing`). 0..1 */
  billingNoticeShown: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}billing-notice-shown`,
  /** Complex (`name`, `signedAt`): the patient's electronic signature (`config.signature`). 0..1 */
  signature: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}message-signature`,
  /** Complex (`visibleTo`, `hiddenFrom`: the host's proxy ids): which of the patient's proxies may see the message (`config.proxies`). 0..1 */
  proxyVisibility: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}proxy-visibility`,
  /** Complex (`source`, `status`, `level`, `finding`): one per check that read the message. 0..* */
  urgencyCheck: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}urgency-check`,
} as const;

/** The parts of the complex `urgency-check` extension (relative URLs, as FHIR names the parts of a complex extension). */
export const URGENCY_CHECK_PARTS = ['source', 'status', 'level', 'finding'] as const;

/** The `red-flag` code for the patient's "None of these" in the routine urgency check. */
export const RED_FLAG_NONE_OF_THESE = 'none-of-these';

/** The `id` of the contained `QuestionnaireResponse` that holds the answers to the prompts. */
export const FIELDS_RESPONSE_ID = 'fields';

/** `Identifier.system` for an identifier whose value is a URI (here `urn:uuid:…`). */
export const FHIR_URI_IDENTIFIER_SYSTEM = 'urn:ietf:rfc:3986';

/** R4 EventStatus (required binding of `Communication.status`). */
export const FHIR_EVENT_STATUSES = [
  'preparation',
  'in-progress',
  'not-done',
  'on-hold',
  'stopped',
  'completed',
  'entered-in-error',
  'unknown',
] as const;
export type FhirEventStatus = (typeof FHIR_EVENT_STATUSES)[number];

/** R4 RequestPriority (required binding of `Communication.priority`), lowest first. */
export const FHIR_REQUEST_PRIORITIES = ['routine', 'urgent', 'asap', 'stat'] as const;
export type FhirRequestPriority = (typeof FHIR_REQUEST_PRIORITIES)[number];

/**
 * How each urgency level maps to `Communication.priority`. A crisis (thoughts of suicide or
 * self-harm) is as time-critical as an emergency, so both are `stat`, the highest.
 */
export const URGENCY_PRIORITY: Readonly<Record<UrgencyLevelName, FhirRequestPriority>> = {
  emergency: 'stat',
  crisis: 'stat',
  urgent: 'urgent',
  none: 'routine',
};

/** The codes of the built-in sets a host can extend (see `SM_COMPOSE_CODE_SYSTEMS`). */
export const SM_COMPOSE_BUILT_IN_CODES = {
  category: DEFAULT_CATEGORIES.map((category) => category.id),
  routingHint: [...new Set(DEFAULT_CATEGORIES.flatMap((category) => (category.routeTo === undefined ? [] : [category.routeTo])))],
  urgencyFinding: [...URGENCY_FINDING_IDS],
  redFlag: [...DEFAULT_RED_FLAGS.map((flag) => flag.id), RED_FLAG_NONE_OF_THESE],
} as const satisfies Record<string, readonly string[]>;

/** R4 `Identifier`, limited to the elements used here. */
export interface FhirIdentifier {
  system?: string;
  value: string;
}

/** R4 `Reference`: at least one of `reference`, `identifier` or `display`. */
export interface FhirReference {
  reference?: string;
  display?: string;
  identifier?: { system?: string; value: string };
}

/** R4 `Coding`. `system` is absent only for a host's own code when the host named no system for it. */
export interface FhirCoding {
  system?: string;
  code: string;
  display?: string;
}

/** R4 `CodeableConcept`: at least one of `coding` or `text`. */
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/** R4 `Extension` as emitted here (ext-1: either a value or nested extensions, never both). */
export interface FhirExtension {
  url: string;
  valueCoding?: FhirCoding;
  valueDateTime?: string;
  valueString?: string;
  valueBoolean?: boolean;
  valueUrl?: string;
  extension?: FhirExtension[];
}

/** R4 `Attachment` as emitted here, in R4 element order. */
export interface FhirAttachment {
  contentType?: string;
  data?: string;
  url?: string;
  size?: number;
  hash?: string;
  title?: string;
  creation?: string;
}

/** R4 `Communication.payload`: exactly one `content[x]`. */
export type FhirCommunicationPayload =
  | { contentString: string }
  | { contentAttachment: FhirAttachment }
  | { contentReference: FhirReference };

/** R4 `QuestionnaireResponse.item` with a string answer, as emitted here. */
export interface FhirQuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer: [{ valueString: string }];
}

/** The contained R4 `QuestionnaireResponse` that keeps the answers to the category's prompts. */
export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: typeof FIELDS_RESPONSE_ID;
  language: 'en' | 'es';
  questionnaire?: string;
  status: 'completed';
  subject: FhirReference;
  authored: string;
  author?: FhirReference;
  item: FhirQuestionnaireResponseItem[];
}

/** The R4 `Communication` elements that `toFhirCommunication` emits, in R4 element order. */
export interface FhirCommunication {
  resourceType: 'Communication';
  /** BCP-47 language of the content. */
  language: 'en' | 'es';
  /** The answers to the prompts, when any was answered (`payload` refers to it). */
  contained?: [FhirQuestionnaireResponse];
  extension: FhirExtension[];
  identifier: FhirIdentifier[];
  /** A reply: the conversation answered, by the host's id (`payload.inReplyTo.threadId`). */
  inResponseTo?: FhirReference[];
  status: FhirEventStatus;
  category?: FhirCodeableConcept[];
  priority: FhirRequestPriority;
  subject: FhirReference;
  topic?: FhirCodeableConcept;
  about?: FhirReference[];
  sent: string;
  recipient?: FhirReference[];
  sender?: FhirReference;
  payload: FhirCommunicationPayload[];
}

export interface FhirCommunicationRefs {
  /** The patient (or group) whose chart the message belongs to. Required. */
  subject: FhirReference;
  /** Who sent it: the patient, or a related person writing for them. */
  sender?: FhirReference;
  /** The care team member(s), team or organization it goes to. */
  recipient?: FhirReference[] | FhirReference;
  /**
   * Whom or what the message is about, when the host knows (for example the child a parent
   * wrote about, once the portal knows who): `Communication.about`. The widget only knows
   * `regarding: 'other'`, which the `message-regarding` extension carries either way.
   */
  about?: FhirReference[] | FhirReference;
}

/** What the host adds to one attachment: where the file is, or its bytes. */
export interface FhirAttachmentContent {
  /** Where the host stored the file: `Binary/123`, an `https:` URL, … (R4 `url`, no white space). */
  url?: string;
  /** The file's bytes, base64-encoded (R4 `base64Binary`). */
  data?: string;
  /** Base64 of the SHA-1 of the bytes (R4 `Attachment.hash`). */
  hash?: string;
  /** When the file was made (R4 `dateTime`). */
  creation?: string;
}

export interface FhirCommunicationOptions {
  /**
   * One entry per `payload.attachments` item, in the same order (`undefined` for a file the
   * host adds nothing to). Without it, each attachment carries its type, name and size only.
   */
  attachments?: readonly (FhirAttachmentContent | undefined)[];
  /**
   * The code systems of the host's own codes, for sets a host can extend: a category id,
   * routing hint, finding of `config.urgency.assess` or red flag that is not one of the
   * built-in codes (`SM_COMPOSE_BUILT_IN_CODES`) is coded in this system; without one, its
   * `Coding` has no `system`.
   */
  codeSystems?: { category?: string; routingHint?: string; urgencyFinding?: string; redFlag?: string };
  /** The identifier system of the host's conversation ids (`payload.inReplyTo.threadId`). */
  threadSystem?: string;
  /** The identifier system of the host's recipient ids (`payload.recipient.id`), when `refs.recipient` is not given. */
  recipientSystem?: string;
  /** Canonical URL of the host's `Questionnaire` for this category's prompts, for the contained response. */
  questionnaire?: string;
}

/** R4 `uuid` (lower case, as RFC 4122 asks). */
const FHIR_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** R4 `base64Binary`, without white space. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Code points below 32 other than tab, line feed and carriage return: R4 strings should not hold them. */
// eslint-disable-next-line no-control-regex
const NON_FHIR_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** A FHIR `string` for a label or a single line: trimmed, without control characters; `undefined` if nothing is left. */
function fhirLabel(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(NON_FHIR_CONTROLS, '').trim();
  return text === '' ? undefined : text;
}

/** A FHIR `code`: no control characters, no leading or trailing white space, single spaces inside; `undefined` if nothing is left. */
function fhirCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.replace(NON_FHIR_CONTROLS, '').replace(/\s+/g, ' ').trim();
  return code === '' ? undefined : code;
}

/** A FHIR `uri`/`url`/`canonical` the host gave: no white space at all. */
function hostUri(value: unknown, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\S+$/.test(value)) throw new TypeError(`${what} must be a URI without white space.`);
  return value;
}

/** The instant as an R4 `dateTime`: kept as written when valid, otherwise the same instant in UTC. */
function fhirDateTime(value: string, what: string): string {
  if (FHIR_DATE_TIME.test(value)) return value;
  const time = Date.parse(value);
  const utc = Number.isNaN(time) ? '' : new Date(time).toISOString();
  if (FHIR_DATE_TIME.test(utc)) return utc;
  throw new RangeError(`${what} is not a date-time that FHIR R4 can carry.`);
}

/** A link as an R4 `url`: white space inside is percent-encoded (a relative link stays relative). */
function fhirUrl(value: string): string | undefined {
  const url = value.trim().replace(/\s/g, (space) => encodeURIComponent(space));
  return url === '' ? undefined : url;
}

/**
 * A copy of a reference with only the elements that hold something. Throws for a reference that
 * points nowhere (R4: a Reference needs a reference, an identifier or a display) and for a local
 * `#id` reference (ref-1: the only contained resource is the mapper's own).
 */
function fhirReference(ref: FhirReference | undefined, role: string): FhirReference {
  const out: FhirReference = {};
  const reference = typeof ref?.reference === 'string' ? ref.reference.trim() : '';
  if (reference.startsWith('#')) {
    throw new TypeError(`The ${role} reference points to a contained resource; give a resource reference instead.`);
  }
  if (reference !== '') out.reference = reference;
  const value = fhirLabel(ref?.identifier?.value);
  if (value !== undefined) {
    const system = fhirLabel(ref?.identifier?.system);
    out.identifier = system === undefined ? { value } : { system, value };
  }
  const display = fhirLabel(ref?.display);
  if (display !== undefined) out.display = display;
  if (out.reference === undefined && out.identifier === undefined && out.display === undefined) {
    throw new TypeError(`The ${role} needs a reference, an identifier or a display.`);
  }
  return out;
}

const asArray = <T>(value: T[] | T | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** A code of a closed sm-compose set, or a RangeError for one that is not in it. */
function closedCoding(system: string, allowed: readonly string[], value: unknown, what: string): FhirCoding {
  if (typeof value !== 'string' || !allowed.includes(value)) throw new RangeError(`Unknown ${what} "${String(value)}".`);
  return { system, code: value };
}

type ExtensibleSet = keyof typeof SM_COMPOSE_BUILT_IN_CODES;

/** The copy of one attachment's host content, checked against the R4 datatypes. */
function attachmentContent(content: FhirAttachmentContent | undefined, index: number): FhirAttachmentContent {
  if (content === undefined) return {};
  const what = `options.attachments[${index}]`;
  const url = hostUri(content.url, `${what}.url`);
  if (content.data !== undefined && (typeof content.data !== 'string' || content.data === '' || !BASE64.test(content.data))) {
    throw new TypeError(`${what}.data must be base64.`);
  }
  if (content.hash !== undefined && (typeof content.hash !== 'string' || content.hash === '' || !BASE64.test(content.hash))) {
    throw new TypeError(`${what}.hash must be base64.`);
  }
  if (content.creation !== undefined && (typeof content.creation !== 'string' || !FHIR_DATE_TIME.test(content.creation))) {
    throw new TypeError(`${what}.creation must be an R4 dateTime.`);
  }
  return {
    ...(url !== undefined && { url }),
    ...(content.data !== undefined && { data: content.data }),
    ...(content.hash !== undefined && { hash: content.hash }),
    ...(content.creation !== undefined && { creation: content.creation }),
  };
}

/**
 * Maps a validated message payload to a FHIR R4 `Communication` with status `completed`.
 *
 * - `identifier`: `urn:uuid:<payload.id>`, so a retried submission maps to the same identifier.
 * - `category`: the category id with its label; `topic.text`: the subject line; `sent`:
 *   `createdAt`; `language`: the locale.
 * - `priority`: from the urgency level (`URGENCY_PRIORITY`: emergency and crisis `stat`).
 * - `payload`, in this order: the body as `contentString` (what the clinician reads, as the
 *   widget showed it); a `contentReference` to the contained `QuestionnaireResponse` (`#fields`)
 *   that keeps each answered prompt as an item (`linkId` the prompt id, `text` its label, one
 *   `valueString` answer), when any prompt was answered; then one `contentAttachment` per
 *   attachment (`contentType`, `title`, `size`, and the `url`, `data`, `hash` or `creation` the
 *   host passes in `options.attachments`).
 * - `extension` (`SM_COMPOSE_EXTENSIONS`, published in `dist/fhir/`): whose health it is about,
 *   the routing hint, the declined redirect, and the urgency check: level, decision, when it
 *   was made, findings, the red flags the patient reported, and each check that ran; and the
 *   patient's electronic signature (name and time) with `config.signature`; the billing notice
 *   shown (`config.billing`); and which of the patient's proxies may see the message, by the
 *   host's ids (`config.proxies`).
 * - `about`, `sender` and `recipient` come from `refs` (one reference becomes an array) and are
 *   left out when not given; without `refs.recipient`, the care team the patient chose
 *   (`payload.recipient`) is the recipient, by its id (in `options.recipientSystem`) and name.
 * - `inResponseTo`: a reply's conversation (`payload.inReplyTo.threadId`), by the host's id
 *   (in `options.threadSystem`).
 *
 * A payload that passes `messagePayloadSchema` maps without throwing for any valid `refs` and
 * `options`; the errors below are for input that skipped the schema, or for bad `refs`/`options`.
 *
 * @throws {TypeError} when a reference points nowhere or to a contained resource, or an option
 *   is not what R4 can carry (a URL with white space, data that is not base64, …), or
 *   `options.attachments` does not have one entry per attachment.
 * @throws {RangeError} when the payload's id, a closed code (urgency level, decision, check
 *   source or status, regarding) or a date cannot be expressed in R4.
 */
export function toFhirCommunication(
  payload: MessagePayload,
  refs: FhirCommunicationRefs,
  options: FhirCommunicationOptions = {},
): FhirCommunication {
  const identifierValue = `urn:uuid:${payload.id.toLowerCase()}`;
  if (!FHIR_UUID.test(identifierValue)) throw new RangeError('The payload id is not a UUID.');

  const level = payload.urgency.level;
  const priority = Object.hasOwn(URGENCY_PRIORITY, level) ? URGENCY_PRIORITY[level] : undefined;
  if (priority === undefined) throw new RangeError(`Unknown urgency level "${String(level)}".`);

  const hostSystems: Partial<Record<ExtensibleSet, string>> = {};
  for (const set of ['category', 'routingHint', 'urgencyFinding', 'redFlag'] as const) {
    const system = hostUri(options.codeSystems?.[set], `options.codeSystems.${set}`);
    if (system !== undefined) hostSystems[set] = system;
  }
  /** A code of a set a host can extend: ours when built in, else in the host's system (if named). */
  const extensibleCoding = (set: ExtensibleSet, value: unknown): FhirCoding | undefined => {
    const code = fhirCode(value);
    if (code === undefined) return undefined;
    if ((SM_COMPOSE_BUILT_IN_CODES[set] as readonly string[]).includes(code)) return { system: SM_COMPOSE_CODE_SYSTEMS[set], code };
    const system = hostSystems[set];
    return system === undefined ? { code } : { system, code };
  };
  /** Distinct codes of a list, in order. */
  const codings = (set: ExtensibleSet, values: readonly unknown[]): FhirCoding[] => {
    const seen = new Set<string>();
    const out: FhirCoding[] = [];
    for (const value of values) {
      const coding = extensibleCoding(set, value);
      if (coding === undefined || seen.has(coding.code)) continue;
      seen.add(coding.code);
      out.push(coding);
    }
    return out;
  };
  const levelCoding = (value: unknown) => closedCoding(SM_COMPOSE_CODE_SYSTEMS.urgencyLevel, Object.keys(URGENCY_PRIORITY), value, 'urgency level');

  // ---- extensions: what the patient chose, and what the checks found ----
  const extension: FhirExtension[] = [];
  if (payload.regarding !== undefined) {
    const coding = closedCoding(SM_COMPOSE_CODE_SYSTEMS.regarding, ['self', 'other'], payload.regarding, 'regarding');
    extension.push({ url: SM_COMPOSE_EXTENSIONS.regarding, valueCoding: coding });
  }
  const routeTo = extensibleCoding('routingHint', payload.category.routeTo);
  if (routeTo !== undefined) extension.push({ url: SM_COMPOSE_EXTENSIONS.routingHint, valueCoding: routeTo });
  const declined = payload.redirect === undefined ? undefined : fhirUrl(payload.redirect.href);
  if (declined !== undefined) extension.push({ url: SM_COMPOSE_EXTENSIONS.declinedRedirect, valueUrl: declined });

  const urgency = payload.urgency;
  extension.push({ url: SM_COMPOSE_EXTENSIONS.urgencyLevel, valueCoding: levelCoding(level) });
  extension.push({
    url: SM_COMPOSE_EXTENSIONS.urgencyDecision,
    valueCoding: closedCoding(SM_COMPOSE_CODE_SYSTEMS.urgencyDecision, URGENCY_DECISIONS, urgency.decision, 'urgency decision'),
  });
  extension.push({ url: SM_COMPOSE_EXTENSIONS.urgencyCheckedAt, valueDateTime: fhirDateTime(urgency.checkedAt, 'The urgency checkedAt') });
  for (const coding of codings('urgencyFinding', urgency.findings)) extension.push({ url: SM_COMPOSE_EXTENSIONS.urgencyFinding, valueCoding: coding });
  if (urgency.reported !== undefined) {
    // An empty list is the patient's answer "None of these": kept as a code of its own.
    const reported = urgency.reported.length === 0 ? [RED_FLAG_NONE_OF_THESE] : urgency.reported;
    for (const coding of codings('redFlag', reported)) extension.push({ url: SM_COMPOSE_EXTENSIONS.urgencyReported, valueCoding: coding });
  }
  for (const check of urgency.checks ?? []) {
    const parts: FhirExtension[] = [
      { url: 'source', valueCoding: closedCoding(SM_COMPOSE_CODE_SYSTEMS.urgencyCheckSource, URGENCY_CHECK_SOURCES, check.source, 'urgency check source') },
      { url: 'status', valueCoding: closedCoding(SM_COMPOSE_CODE_SYSTEMS.urgencyCheckStatus, URGENCY_CHECK_STATUSES, check.status, 'urgency check status') },
    ];
    if (check.level !== undefined) parts.push({ url: 'level', valueCoding: levelCoding(check.level) });
    for (const coding of codings('urgencyFinding', check.findings ?? [])) parts.push({ url: 'finding', valueCoding: coding });
    extension.push({ url: SM_COMPOSE_EXTENSIONS.urgencyCheck, extension: parts });
  }
  if (payload.billingNoticeShown === true) extension.push({ url: SM_COMPOSE_EXTENSIONS.billingNoticeShown, valueBoolean: true });
  const signerName = fhirLabel(payload.signature?.name);
  if (payload.signature && signerName !== undefined) {
    extension.push({
      url: SM_COMPOSE_EXTENSIONS.signature,
      extension: [
        { url: 'name', valueString: signerName },
        { url: 'signedAt', valueDateTime: fhirDateTime(payload.signature.signedAt, 'The signature signedAt') },
      ],
    });
  }
  const proxyParts: FhirExtension[] = (['visibleTo', 'hiddenFrom'] as const).flatMap((part) =>
    (payload.proxyVisibility?.[part] ?? []).flatMap((id) => {
      const value = fhirLabel(id);
      return value === undefined ? [] : [{ url: part, valueString: value }];
    }),
  );
  if (proxyParts.length > 0) extension.push({ url: SM_COMPOSE_EXTENSIONS.proxyVisibility, extension: proxyParts });

  // ---- the category, the people ----
  const categoryCoding = extensibleCoding('category', payload.category.id);
  const categoryLabel = fhirLabel(payload.category.label);
  const category: FhirCodeableConcept = {
    ...(categoryCoding !== undefined && { coding: [{ ...categoryCoding, ...(categoryLabel !== undefined && { display: categoryLabel }) }] }),
    ...(categoryLabel !== undefined && { text: categoryLabel }),
  };
  const topic = fhirLabel(payload.subject);
  const subject = fhirReference(refs.subject, 'subject');
  const sender = refs.sender === undefined ? undefined : fhirReference(refs.sender, 'sender');
  // The host's own references win; else the care team the patient chose, by the host's id.
  const chosen = payload.recipient && { identifier: { system: hostUri(options.recipientSystem, 'options.recipientSystem'), value: payload.recipient.id }, display: payload.recipient.label };
  const recipient = asArray(refs.recipient ?? chosen).map((ref, index) => fhirReference(ref, `recipient #${index + 1}`));
  const threadId = fhirLabel(payload.inReplyTo?.threadId);
  const inResponseTo = threadId === undefined ? undefined : fhirReference({ identifier: { system: hostUri(options.threadSystem, 'options.threadSystem'), value: threadId } }, 'inResponseTo');
  const about = asArray(refs.about).map((ref, index) => fhirReference(ref, `about #${index + 1}`));
  const sent = fhirDateTime(payload.createdAt, 'The payload createdAt');

  // ---- the content: body, answers, files ----
  const content: FhirCommunicationPayload[] = [];
  const body = payload.body.replace(NON_FHIR_CONTROLS, '');
  if (body.trim() !== '') content.push({ contentString: body });

  const items: FhirQuestionnaireResponseItem[] = [];
  for (const field of payload.fields) {
    const linkId = fhirLabel(field.id);
    const value = fhirLabel(field.value);
    if (linkId === undefined || value === undefined) continue; // unanswered: left out, as in the body
    const text = fhirLabel(field.label);
    items.push({ linkId, ...(text !== undefined && { text }), answer: [{ valueString: value }] });
  }
  const questionnaire = hostUri(options.questionnaire, 'options.questionnaire');
  const contained: FhirQuestionnaireResponse | undefined =
    items.length === 0
      ? undefined
      : {
          resourceType: 'QuestionnaireResponse',
          id: FIELDS_RESPONSE_ID,
          language: payload.locale,
          ...(questionnaire !== undefined && { questionnaire }),
          status: 'completed',
          subject: { ...subject },
          authored: sent,
          ...(sender !== undefined && { author: { ...sender } }),
          item: items,
        };
  if (contained !== undefined) content.push({ contentReference: { reference: `#${FIELDS_RESPONSE_ID}` } });

  const attachments = payload.attachments ?? [];
  const hostContent = options.attachments;
  if (hostContent !== undefined && hostContent.length !== attachments.length) {
    throw new TypeError(`options.attachments has ${hostContent.length} entries for ${attachments.length} attachments; give one per attachment, in order.`);
  }
  attachments.forEach((file, index) => {
    const extra = attachmentContent(hostContent?.[index], index);
    // att-1: data needs a content type; a file the browser could not type is plain bytes.
    const contentType = fhirCode(file.type) ?? (extra.data !== undefined ? 'application/octet-stream' : undefined);
    const title = fhirLabel(file.name);
    const size = Number.isInteger(file.size) && file.size >= 0 && file.size <= FHIR_UNSIGNED_INT_MAX ? file.size : undefined;
    if (size === undefined) throw new RangeError(`Attachment #${index + 1} has a size FHIR R4 cannot carry.`);
    content.push({
      contentAttachment: {
        ...(contentType !== undefined && { contentType }),
        ...(extra.data !== undefined && { data: extra.data }),
        ...(extra.url !== undefined && { url: extra.url }),
        size,
        ...(extra.hash !== undefined && { hash: extra.hash }),
        ...(title !== undefined && { title }),
        ...(extra.creation !== undefined && { creation: extra.creation }),
      },
    });
  });
  if (content.length === 0) throw new RangeError('The payload has no content: its body is blank.');

  // Built in R4 element order, so the JSON reads like the spec's examples.
  return {
    resourceType: 'Communication',
    language: payload.locale,
    ...(contained !== undefined && { contained: [contained] }),
    extension,
    identifier: [{ system: FHIR_URI_IDENTIFIER_SYSTEM, value: identifierValue }],
    ...(inResponseTo !== undefined && { inResponseTo: [inResponseTo] }),
    status: 'completed',
    ...((category.coding !== undefined || category.text !== undefined) && { category: [category] }),
    priority,
    subject,
    ...(topic !== undefined && { topic: { text: topic } }),
    ...(about.length > 0 && { about }),
    sent,
    ...(recipient.length > 0 && { recipient }),
    ...(sender !== undefined && { sender }),
    payload: content,
  };
}
