import type { MessagePayload } from './payload-schema.js';
import type { UrgencyLevelName } from './urgency-levels.js';

/**
 * Maps a message payload to a FHIR R4 (4.0.1) `Communication`: the record of a message that the
 * patient has sent. Pure data in, pure data out: no DOM, no I/O, and the input is never changed.
 *
 * Every element it emits follows the R4 datatype rules: no empty or null elements, codes without
 * stray white space, dateTimes with a time zone in the R4 range, references that point somewhere.
 */

/**
 * Local code system for category ids (`prescription`, `medical-question`, … or a host's own ids).
 * The codes are the `id`s of the categories in the configuration that produced the message.
 */
export const SM_COMPOSE_CATEGORY_SYSTEM = 'https://sm-compose.dev/fhir/CodeSystem/message-category';

/** Base of the URLs of the sm-compose extensions. */
export const SM_COMPOSE_STRUCTURE_DEFINITION_BASE = 'https://sm-compose.dev/fhir/StructureDefinition/';

/** The extensions on the Communication, each a `valueCode`. */
export const SM_COMPOSE_EXTENSIONS = {
  /** The category's routing hint (`routeTo`: `pharmacy`, `clinician`, `staff`, …). 0..1 */
  routingHint: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}routing-hint`,
  /** The urgency level found by the check (`emergency` | `crisis` | `urgent` | `none`). 1..1 */
  urgencyLevel: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}urgency-level`,
  /** What the patient chose at the urgency check (`continued`, `called-emergency`, …). 1..1 */
  urgencyDecision: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}urgency-decision`,
  /** One per finding id of the urgency check, in the payload's order. 0..* */
  urgencyFinding: `${SM_COMPOSE_STRUCTURE_DEFINITION_BASE}urgency-finding`,
} as const;

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

/** R4 RequestPriority (required binding of `Communication.priority`). */
export const FHIR_REQUEST_PRIORITIES = ['routine', 'urgent', 'asap', 'stat'] as const;
export type FhirRequestPriority = (typeof FHIR_REQUEST_PRIORITIES)[number];

/** How each urgency level maps to `Communication.priority`. */
export const URGENCY_PRIORITY: Readonly<Record<UrgencyLevelName, FhirRequestPriority>> = {
  emergency: 'stat',
  crisis: 'asap',
  urgent: 'urgent',
  none: 'routine',
};

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

/** R4 `Coding` as emitted here (system and code always present). */
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}

/** R4 `CodeableConcept`: at least one of `coding` or `text`. */
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/** R4 `Extension` with a `code` value (ext-1: a value and no nested extensions). */
export interface FhirCodeExtension {
  url: string;
  valueCode: string;
}

/** R4 `Communication.payload` with its content as a string (content[x] is 1..1). */
export interface FhirCommunicationPayload {
  contentString: string;
}

/** The R4 `Communication` elements that `toFhirCommunication` emits, in R4 element order. */
export interface FhirCommunication {
  resourceType: 'Communication';
  /** BCP-47 language of the content. */
  language: 'en' | 'es';
  extension: FhirCodeExtension[];
  identifier: FhirIdentifier[];
  status: FhirEventStatus;
  category?: FhirCodeableConcept[];
  priority: FhirRequestPriority;
  subject: FhirReference;
  topic?: FhirCodeableConcept;
  sent: string;
  recipient?: FhirReference[];
  sender?: FhirReference;
  payload?: FhirCommunicationPayload[];
}

export interface FhirCommunicationRefs {
  /** The patient (or group) whose chart the message belongs to. Required. */
  subject: FhirReference;
  /** Who sent it: the patient, or a related person writing for them. */
  sender?: FhirReference;
  /** The care team member(s), team or organization it goes to. */
  recipient?: FhirReference[] | FhirReference;
}

/** R4 `dateTime` (https://hl7.org/fhir/R4/datatypes.html#dateTime). */
const FHIR_DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
/** R4 `uuid` (lower case, as RFC 4122 asks). */
const FHIR_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Code points below 32 other than tab, line feed and carriage return: R4 strings should not hold them. */
// eslint-disable-next-line no-control-regex
const NON_FHIR_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** A FHIR `string` for a label or a single line: trimmed, without control characters; `undefined` if nothing is left. */
function fhirLabel(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(NON_FHIR_CONTROLS, '').trim();
  return text === '' ? undefined : text;
}

/** A FHIR `code`: no leading or trailing white space, single spaces inside; `undefined` if nothing is left. */
function fhirCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.replace(/\s+/g, ' ').trim();
  return code === '' ? undefined : code;
}

/** The instant as an R4 `dateTime`: kept as written when valid, otherwise the same instant in UTC. */
function fhirDateTime(value: string, what: string): string {
  if (FHIR_DATE_TIME.test(value)) return value;
  const time = Date.parse(value);
  const utc = Number.isNaN(time) ? '' : new Date(time).toISOString();
  if (FHIR_DATE_TIME.test(utc)) return utc;
  throw new RangeError(`${what} ("${value}") is not a date-time that FHIR R4 can carry.`);
}

/**
 * A copy of a reference with only the elements that hold something. Throws for a reference that
 * points nowhere (R4: a Reference needs a reference, an identifier or a display) and for a local
 * `#id` reference (ref-1: it would need a contained resource, and none is emitted).
 */
function fhirReference(ref: FhirReference | undefined, role: string): FhirReference {
  const out: FhirReference = {};
  const reference = typeof ref?.reference === 'string' ? ref.reference.trim() : '';
  if (reference.startsWith('#')) {
    throw new TypeError(`The ${role} reference "${reference}" points to a contained resource; give a resource reference instead.`);
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

/**
 * Maps a validated message payload to a FHIR R4 `Communication` with status `completed`.
 *
 * - `identifier`: `urn:uuid:<payload.id>`, so a retried submission maps to the same identifier.
 * - `category`: the category id in `SM_COMPOSE_CATEGORY_SYSTEM`, with its label.
 * - `priority`: from the urgency level (`URGENCY_PRIORITY`); the level itself, the patient's
 *   decision, the finding ids and the routing hint travel as `SM_COMPOSE_EXTENSIONS`.
 * - `topic.text`: the subject line; `payload[0].contentString`: the body; `sent`: `createdAt`
 *   (an offset outside R4's range of -13:59…+14:00 is converted to UTC).
 * - `recipient` given as one reference becomes an array; `sender` and `recipient` are left out
 *   when not given.
 *
 * @throws {TypeError} when a reference points nowhere or to a contained resource.
 * @throws {RangeError} when the payload's id, urgency level or `createdAt` cannot be expressed in R4.
 */
export function toFhirCommunication(payload: MessagePayload, refs: FhirCommunicationRefs): FhirCommunication {
  const identifierValue = `urn:uuid:${payload.id.toLowerCase()}`;
  if (!FHIR_UUID.test(identifierValue)) throw new RangeError(`The payload id ("${payload.id}") is not a UUID.`);

  const level = payload.urgency.level;
  const priority = Object.hasOwn(URGENCY_PRIORITY, level) ? URGENCY_PRIORITY[level] : undefined;
  if (priority === undefined) throw new RangeError(`Unknown urgency level "${String(level)}".`);

  const extension: FhirCodeExtension[] = [];
  const routeTo = fhirCode(payload.category.routeTo);
  if (routeTo !== undefined) extension.push({ url: SM_COMPOSE_EXTENSIONS.routingHint, valueCode: routeTo });
  extension.push({ url: SM_COMPOSE_EXTENSIONS.urgencyLevel, valueCode: level });
  extension.push({ url: SM_COMPOSE_EXTENSIONS.urgencyDecision, valueCode: payload.urgency.decision });
  const findings = new Set<string>();
  for (const finding of payload.urgency.findings) {
    const code = fhirCode(finding);
    if (code !== undefined) findings.add(code);
  }
  for (const code of findings) extension.push({ url: SM_COMPOSE_EXTENSIONS.urgencyFinding, valueCode: code });

  const categoryCode = fhirCode(payload.category.id);
  const categoryLabel = fhirLabel(payload.category.label);
  const category: FhirCodeableConcept = {
    ...(categoryCode !== undefined && {
      coding: [
        {
          system: SM_COMPOSE_CATEGORY_SYSTEM,
          code: categoryCode,
          ...(categoryLabel !== undefined && { display: categoryLabel }),
        },
      ],
    }),
    ...(categoryLabel !== undefined && { text: categoryLabel }),
  };
  const topic = fhirLabel(payload.subject);
  const recipients = refs.recipient === undefined ? [] : Array.isArray(refs.recipient) ? refs.recipient : [refs.recipient];
  const recipient = recipients.map((ref, index) => fhirReference(ref, `recipient #${index + 1}`));
  const body = payload.body.replace(NON_FHIR_CONTROLS, '');

  // Built in R4 element order, so the JSON reads like the spec's examples.
  return {
    resourceType: 'Communication',
    language: payload.locale,
    extension,
    identifier: [{ system: FHIR_URI_IDENTIFIER_SYSTEM, value: identifierValue }],
    status: 'completed',
    ...((category.coding !== undefined || category.text !== undefined) && { category: [category] }),
    priority,
    subject: fhirReference(refs.subject, 'subject'),
    ...(topic !== undefined && { topic: { text: topic } }),
    sent: fhirDateTime(payload.createdAt, 'The payload createdAt'),
    ...(recipient.length > 0 && { recipient }),
    ...(refs.sender !== undefined && { sender: fhirReference(refs.sender, 'sender') }),
    ...(body !== '' && { payload: [{ contentString: body }] }),
  };
}
