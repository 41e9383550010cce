import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  FHIR_REQUEST_PRIORITIES,
  RED_FLAG_NONE_OF_THESE,
  SM_COMPOSE_CATEGORY_SYSTEM,
  SM_COMPOSE_CODE_SYSTEMS,
  SM_COMPOSE_EXTENSIONS,
  SM_COMPOSE_STRUCTURE_DEFINITION_BASE,
  toFhirCommunication,
  type FhirCommunication,
  type FhirCommunicationOptions,
  type FhirCommunicationRefs,
  type FhirExtension,
  type FhirReference,
} from '../../src/core/fhir.js';
import { messagePayloadSchema, type MessagePayload } from '../../src/core/payload-schema.js';
import { countCharacters } from '../../src/core/count-characters.js';
import { URGENCY_CHECK_SOURCES, URGENCY_CHECK_STATUSES, URGENCY_DECISIONS, URGENCY_LEVELS, type UrgencyLevelName } from '../../src/core/urgency-levels.js';
import { URGENCY_FINDING_IDS } from '../../src/core/triage/findings.js';
import { assertValidFhir } from './fhir-conformance.js';

// Every resource these tests produce goes through `map`, which checks it with our own reading
// of the R4 rules, with FHIR.js and Medplum, and against the published sm-compose definitions.

// ---- R4 rules, taken from the specification (https://hl7.org/fhir/R4/) ----

/** EventStatus, required binding of Communication.status. */
const R4_EVENT_STATUS = ['preparation', 'in-progress', 'not-done', 'on-hold', 'stopped', 'completed', 'entered-in-error', 'unknown'];
/** datatypes.html#dateTime */
const R4_DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
/** datatypes.html#uuid (lower case per RFC 4122). */
const R4_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** datatypes.html#code */
const R4_CODE = /^[^\s]+( [^\s]+)*$/;
/** datatypes.html#uri (no white space). */
const R4_URI = /^\S+$/;
/** The content[x] choices of Communication.payload. */
const PAYLOAD_CONTENT = ['contentString', 'contentAttachment', 'contentReference'];

/** ele-1 and the JSON rules: no null, no undefined, no empty string, array or object anywhere. */
function assertNoEmptyElements(value: unknown, path = '$'): void {
  assert.notEqual(value, undefined, `${path} is undefined`);
  assert.notEqual(value, null, `${path} is null`);
  if (typeof value === 'string') {
    assert.notEqual(value, '', `${path} is an empty string`);
  } else if (Array.isArray(value)) {
    assert.ok(value.length > 0, `${path} is an empty array`);
    value.forEach((item, index) => assertNoEmptyElements(item, `${path}[${index}]`));
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    assert.ok(entries.length > 0, `${path} is an empty object`);
    for (const [key, item] of entries) assertNoEmptyElements(item, `${path}.${key}`);
  }
}

function assertValidReference(ref: FhirReference | undefined, path: string): void {
  assert.ok(ref !== undefined, `${path} is missing`);
  assert.ok(ref.reference !== undefined || ref.identifier !== undefined || ref.display !== undefined, `${path} points nowhere`);
}

function assertCodes(extension: FhirExtension): void {
  assert.match(extension.url, R4_URI);
  if (extension.valueCoding !== undefined) {
    assert.match(extension.valueCoding.code, R4_CODE);
    if (extension.valueCoding.system !== undefined) assert.match(extension.valueCoding.system, R4_URI);
  }
  if (extension.valueDateTime !== undefined) assert.match(extension.valueDateTime, R4_DATE_TIME);
  if (extension.valueUrl !== undefined) assert.match(extension.valueUrl, R4_URI);
  const values = Object.keys(extension).filter((key) => key.startsWith('value'));
  assert.ok((values.length === 1) !== (extension.extension !== undefined), 'ext-1: a value or parts, not both');
  extension.extension?.forEach(assertCodes);
}

/** Our own reading of the R4 rules the mapping must keep. */
function assertValidCommunication(resource: FhirCommunication): void {
  assert.equal(resource.resourceType, 'Communication');
  assertNoEmptyElements(resource);
  assert.ok(R4_EVENT_STATUS.includes(resource.status), `status ${resource.status}`);
  assert.ok((FHIR_REQUEST_PRIORITIES as readonly string[]).includes(resource.priority), `priority ${resource.priority}`);
  assert.match(resource.language, R4_CODE);
  for (const identifier of resource.identifier) assert.ok(identifier.system === undefined || R4_URI.test(identifier.system));
  assert.match(resource.sent, R4_DATE_TIME);
  for (const concept of resource.category ?? []) {
    assert.ok(concept.coding !== undefined || concept.text !== undefined);
    for (const coding of concept.coding ?? []) assert.match(coding.code, R4_CODE);
  }
  assertValidReference(resource.subject, 'subject');
  if (resource.sender !== undefined) assertValidReference(resource.sender, 'sender');
  resource.recipient?.forEach((ref, index) => assertValidReference(ref, `recipient[${index}]`));
  resource.about?.forEach((ref, index) => assertValidReference(ref, `about[${index}]`));
  assert.ok(resource.payload.length >= 1, 'payload needs at least one element');
  for (const part of resource.payload) {
    const contents = Object.keys(part).filter((key) => key.startsWith('content'));
    assert.equal(contents.length, 1, 'each payload has exactly one content[x]');
    assert.ok(PAYLOAD_CONTENT.includes(contents[0] ?? ''));
    if ('contentAttachment' in part && part.contentAttachment.data !== undefined) assert.ok(part.contentAttachment.contentType, 'att-1');
  }
  // dom-3: a contained resource is referred to from elsewhere in the resource; ref-1 for the rest.
  const local = resource.payload.flatMap((part) => ('contentReference' in part ? [part.contentReference.reference] : []));
  for (const contained of resource.contained ?? []) assert.ok(local.includes(`#${contained.id}`), `#${contained.id} is referred to`);
  for (const reference of local) assert.ok(resource.contained?.some((contained) => `#${contained.id}` === reference), `${reference} resolves`);
  for (const extension of resource.extension) {
    assertCodes(extension);
    assert.ok(extension.url.startsWith(SM_COMPOSE_STRUCTURE_DEFINITION_BASE));
  }
}

/** Maps, and checks the resource every way we can. */
function map(payload: MessagePayload, refs: FhirCommunicationRefs, options?: FhirCommunicationOptions): FhirCommunication {
  const resource = toFhirCommunication(payload, refs, options);
  assertValidCommunication(resource);
  assertValidFhir(resource as unknown as Record<string, unknown>);
  assert.deepEqual(JSON.parse(JSON.stringify(resource)), resource, 'survives a JSON round trip');
  return resource;
}

// ---- fixtures ----

const ID = '3f2b8c1e-5a4d-4e7f-9b6a-2c1d0e9f8a7b';
const SUBJECT: FhirReference = { reference: 'Patient/123', display: 'Ana López' };
const SENDER: FhirReference = { reference: 'RelatedPerson/77' };
const CLINICIAN: FhirReference = { reference: 'Practitioner/9', display: 'Dr. Rivera' };
const POOL: FhirReference = { identifier: { system: 'https://portal.example/pools', value: 'refill-pool' } };
const BODY = 'Medicine name: Lisinopril\nPharmacy: Main St\n\nMessage:\nI have 3 days left.';

function makePayload(overrides: Partial<MessagePayload> = {}, level: UrgencyLevelName = 'none'): MessagePayload {
  const body = overrides.body ?? BODY;
  return messagePayloadSchema.parse({
    schemaVersion: 1,
    id: ID,
    createdAt: '2024-05-06T14:30:00.000Z',
    locale: 'en',
    category: { id: 'prescription', label: 'Prescription or refill', routeTo: 'pharmacy' },
    subject: 'Refill: Lisinopril',
    body,
    fields: [
      { id: 'medication', label: 'Medicine name', value: 'Lisinopril' },
      { id: 'pharmacy', label: 'Pharmacy', value: 'Main St' },
      { id: 'days-left', label: 'Days of medicine left', value: '' },
    ],
    urgency: {
      level,
      findings: level === 'none' ? [] : ['chest-pain', 'trouble-breathing'],
      decision: level === 'none' ? 'not-needed' : 'continued',
      checkedAt: '2024-05-06T14:29:00.000Z',
    },
    characterCount: countCharacters(body),
    characterLimit: 1000,
    ...overrides,
  });
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

const extensionsOf = (resource: FhirCommunication, url: string): FhirExtension[] => resource.extension.filter((extension) => extension.url === url);
const codesOf = (resource: FhirCommunication, url: string): (string | undefined)[] =>
  extensionsOf(resource, url).map((extension) => extension.valueCoding?.code);
const cs = SM_COMPOSE_CODE_SYSTEMS;

// ---- tests ----

describe('toFhirCommunication', () => {
  it('maps a payload to a valid R4 Communication that keeps what the patient said', () => {
    const payload = makePayload({
      regarding: 'other',
      redirect: { href: '/refills', choice: 'continued' },
      attachments: [{ name: 'label.jpg', type: 'image/jpeg', size: 48_213 }],
      urgency: {
        level: 'emergency',
        findings: ['chest-pain'],
        decision: 'continued',
        checkedAt: '2024-05-06T14:29:00.000Z',
        reported: ['chest-pain'],
        checks: [{ source: 'built-in', status: 'ok', level: 'emergency', findings: ['chest-pain'] }],
      },
    });
    const resource = map(
      payload,
      { subject: SUBJECT, sender: SENDER, recipient: [CLINICIAN, POOL], about: { reference: 'Patient/456' } },
      { attachments: [{ url: 'Binary/abc' }] },
    );
    const coding = (system: string, code: string) => ({ system, code });
    assert.deepEqual(resource, {
      resourceType: 'Communication',
      language: 'en',
      contained: [
        {
          resourceType: 'QuestionnaireResponse',
          id: 'fields',
          language: 'en',
          status: 'completed',
          subject: SUBJECT,
          authored: '2024-05-06T14:30:00.000Z',
          author: SENDER,
          item: [
            { linkId: 'medication', text: 'Medicine name', answer: [{ valueString: 'Lisinopril' }] },
            { linkId: 'pharmacy', text: 'Pharmacy', answer: [{ valueString: 'Main St' }] },
          ],
        },
      ],
      extension: [
        { url: SM_COMPOSE_EXTENSIONS.regarding, valueCoding: coding(cs.regarding, 'other') },
        { url: SM_COMPOSE_EXTENSIONS.routingHint, valueCoding: coding(cs.routingHint, 'pharmacy') },
        { url: SM_COMPOSE_EXTENSIONS.declinedRedirect, valueUrl: '/refills' },
        { url: SM_COMPOSE_EXTENSIONS.urgencyLevel, valueCoding: coding(cs.urgencyLevel, 'emergency') },
        { url: SM_COMPOSE_EXTENSIONS.urgencyDecision, valueCoding: coding(cs.urgencyDecision, 'continued') },
        { url: SM_COMPOSE_EXTENSIONS.urgencyCheckedAt, valueDateTime: '2024-05-06T14:29:00.000Z' },
        { url: SM_COMPOSE_EXTENSIONS.urgencyFinding, valueCoding: coding(cs.urgencyFinding, 'chest-pain') },
        { url: SM_COMPOSE_EXTENSIONS.urgencyReported, valueCoding: coding(cs.redFlag, 'chest-pain') },
        {
          url: SM_COMPOSE_EXTENSIONS.urgencyCheck,
          extension: [
            { url: 'source', valueCoding: coding(cs.urgencyCheckSource, 'built-in') },
            { url: 'status', valueCoding: coding(cs.urgencyCheckStatus, 'ok') },
            { url: 'level', valueCoding: coding(cs.urgencyLevel, 'emergency') },
            { url: 'finding', valueCoding: coding(cs.urgencyFinding, 'chest-pain') },
          ],
        },
      ],
      identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${ID}` }],
      status: 'completed',
      category: [
        {
          coding: [{ system: SM_COMPOSE_CATEGORY_SYSTEM, code: 'prescription', display: 'Prescription or refill' }],
          text: 'Prescription or refill',
        },
      ],
      priority: 'stat',
      subject: SUBJECT,
      topic: { text: 'Refill: Lisinopril' },
      about: [{ reference: 'Patient/456' }],
      sent: '2024-05-06T14:30:00.000Z',
      recipient: [CLINICIAN, POOL],
      sender: SENDER,
      payload: [
        { contentString: BODY },
        { contentReference: { reference: '#fields' } },
        { contentAttachment: { contentType: 'image/jpeg', url: 'Binary/abc', size: 48_213, title: 'label.jpg' } },
      ],
    });
  });

  it('maps every urgency level to a RequestPriority, a crisis no lower than an emergency', () => {
    const expected: Record<UrgencyLevelName, string> = { emergency: 'stat', crisis: 'stat', urgent: 'urgent', none: 'routine' };
    const rank = (priority: string) => FHIR_REQUEST_PRIORITIES.indexOf(priority as (typeof FHIR_REQUEST_PRIORITIES)[number]);
    for (const level of URGENCY_LEVELS) {
      const resource = map(makePayload({}, level), { subject: SUBJECT });
      assert.equal(resource.priority, expected[level], level);
      assert.deepEqual(codesOf(resource, SM_COMPOSE_EXTENSIONS.urgencyLevel), [level]);
    }
    const crisis = map(makePayload({}, 'crisis'), { subject: SUBJECT }).priority;
    const emergency = map(makePayload({}, 'emergency'), { subject: SUBJECT }).priority;
    assert.ok(rank(crisis) >= rank(emergency), `crisis ${crisis} is no lower than emergency ${emergency}`);
    assert.equal(crisis, 'stat');
  });

  it('carries every urgency decision, and when the check was made', () => {
    for (const decision of URGENCY_DECISIONS) {
      const payload = makePayload({ urgency: { level: 'urgent', findings: ['high-fever'], decision, checkedAt: '2024-05-06T09:29:00-05:00' } });
      const resource = map(payload, { subject: SUBJECT });
      assert.deepEqual(codesOf(resource, SM_COMPOSE_EXTENSIONS.urgencyDecision), [decision]);
      assert.deepEqual(
        extensionsOf(resource, SM_COMPOSE_EXTENSIONS.urgencyCheckedAt).map((extension) => extension.valueDateTime),
        ['2024-05-06T09:29:00-05:00'],
      );
    }
  });

  it('carries the finding ids, once each, in order; built-in ones in our code system', () => {
    const resource = map(makePayload({}, 'emergency'), { subject: SUBJECT });
    assert.deepEqual(
      extensionsOf(resource, SM_COMPOSE_EXTENSIONS.urgencyFinding).map((extension) => extension.valueCoding),
      [
        { system: cs.urgencyFinding, code: 'chest-pain' },
        { system: cs.urgencyFinding, code: 'trouble-breathing' },
      ],
    );
    const twice = makePayload({ urgency: { level: 'urgent', findings: ['high-fever', 'high-fever '], decision: 'continued', checkedAt: '2024-05-06T14:29:00Z' } });
    assert.deepEqual(codesOf(map(twice, { subject: SUBJECT }), SM_COMPOSE_EXTENSIONS.urgencyFinding), ['high-fever']);
    assert.deepEqual(codesOf(map(makePayload(), { subject: SUBJECT }), SM_COMPOSE_EXTENSIONS.urgencyFinding), []);
  });

  it("codes the host's own findings, red flags, categories and hints in the host's systems, or without a system", () => {
    const payload = makePayload({
      category: { id: 'billing', label: 'Billing', routeTo: 'front desk' },
      urgency: {
        level: 'emergency',
        findings: ['chest-pain', 'sepsis-risk'],
        decision: 'continued',
        checkedAt: '2024-05-06T14:29:00.000Z',
        reported: ['chest-pain', 'pregnancy-bleeding'],
        checks: [
          { source: 'built-in', status: 'ok', level: 'emergency', findings: ['chest-pain'] },
          { source: 'host', status: 'ok', level: 'emergency', findings: ['sepsis-risk'] },
        ],
      },
    });
    const withSystems = map(payload, { subject: SUBJECT }, {
      codeSystems: {
        category: 'https://portal.example/fhir/CodeSystem/categories',
        routingHint: 'https://portal.example/fhir/CodeSystem/queues',
        urgencyFinding: 'https://portal.example/fhir/CodeSystem/findings',
        redFlag: 'https://portal.example/fhir/CodeSystem/red-flags',
      },
    });
    assert.deepEqual(withSystems.category?.[0]?.coding, [{ system: 'https://portal.example/fhir/CodeSystem/categories', code: 'billing', display: 'Billing' }]);
    assert.deepEqual(extensionsOf(withSystems, SM_COMPOSE_EXTENSIONS.routingHint)[0]?.valueCoding, { system: 'https://portal.example/fhir/CodeSystem/queues', code: 'front desk' });
    assert.deepEqual(
      extensionsOf(withSystems, SM_COMPOSE_EXTENSIONS.urgencyFinding).map((extension) => extension.valueCoding),
      [
        { system: cs.urgencyFinding, code: 'chest-pain' },
        { system: 'https://portal.example/fhir/CodeSystem/findings', code: 'sepsis-risk' },
      ],
    );
    assert.deepEqual(
      extensionsOf(withSystems, SM_COMPOSE_EXTENSIONS.urgencyReported).map((extension) => extension.valueCoding),
      [
        { system: cs.redFlag, code: 'chest-pain' },
        { system: 'https://portal.example/fhir/CodeSystem/red-flags', code: 'pregnancy-bleeding' },
      ],
    );
    const hostCheck = extensionsOf(withSystems, SM_COMPOSE_EXTENSIONS.urgencyCheck)[1]?.extension;
    assert.deepEqual(hostCheck?.find((part) => part.url === 'finding')?.valueCoding, { system: 'https://portal.example/fhir/CodeSystem/findings', code: 'sepsis-risk' });

    const without = map(payload, { subject: SUBJECT });
    assert.deepEqual(without.category?.[0]?.coding, [{ code: 'billing', display: 'Billing' }]);
    assert.deepEqual(extensionsOf(without, SM_COMPOSE_EXTENSIONS.urgencyFinding)[1]?.valueCoding, { code: 'sepsis-risk' });
    assert.throws(() => toFhirCommunication(payload, { subject: SUBJECT }, { codeSystems: { redFlag: 'not a uri' } }), TypeError);
  });

  it('keeps the red flags the patient reported, "None of these" as a code, and nothing when not asked', () => {
    const urgency = { level: 'none' as const, findings: [], decision: 'continued' as const, checkedAt: '2024-05-06T14:29:00.000Z' };
    const reported = map(makePayload({ urgency: { ...urgency, reported: ['suicidal-thoughts'] } }), { subject: SUBJECT });
    assert.deepEqual(codesOf(reported, SM_COMPOSE_EXTENSIONS.urgencyReported), ['suicidal-thoughts']);
    const none = map(makePayload({ urgency: { ...urgency, reported: [] } }), { subject: SUBJECT });
    assert.deepEqual(codesOf(none, SM_COMPOSE_EXTENSIONS.urgencyReported), [RED_FLAG_NONE_OF_THESE]);
    const notAsked = map(makePayload({ urgency }), { subject: SUBJECT });
    assert.deepEqual(codesOf(notAsked, SM_COMPOSE_EXTENSIONS.urgencyReported), []);
  });

  it('keeps each check that ran, and how it ended', () => {
    for (const source of URGENCY_CHECK_SOURCES) {
      for (const status of URGENCY_CHECK_STATUSES) {
        const check = status === 'ok' ? { source, status, level: 'urgent' as const, findings: ['severe-pain'] } : { source, status };
        const payload = makePayload({ urgency: { level: 'urgent', findings: ['severe-pain'], decision: 'continued', checkedAt: '2024-05-06T14:29:00Z', checks: [check] } });
        const [extension] = extensionsOf(map(payload, { subject: SUBJECT }), SM_COMPOSE_EXTENSIONS.urgencyCheck);
        const parts = Object.fromEntries((extension?.extension ?? []).map((part) => [part.url, part.valueCoding?.code]));
        assert.deepEqual(parts, status === 'ok' ? { source, status, level: 'urgent', finding: 'severe-pain' } : { source, status });
      }
    }
  });

  it('says whose health the message is about, and who, when the host knows', () => {
    const self = map(makePayload({ regarding: 'self' }), { subject: SUBJECT });
    assert.deepEqual(codesOf(self, SM_COMPOSE_EXTENSIONS.regarding), ['self']);
    assert.equal('about' in self, false);
    const other = map(makePayload({ regarding: 'other' }), { subject: SUBJECT, about: [{ reference: 'RelatedPerson/5', display: 'My son' }] });
    assert.deepEqual(codesOf(other, SM_COMPOSE_EXTENSIONS.regarding), ['other']);
    assert.deepEqual(other.about, [{ reference: 'RelatedPerson/5', display: 'My son' }]);
    const unknown = map(makePayload(), { subject: SUBJECT });
    assert.deepEqual(codesOf(unknown, SM_COMPOSE_EXTENSIONS.regarding), []);
    assert.throws(() => toFhirCommunication(makePayload(), { subject: SUBJECT, about: { display: ' ' } }), TypeError);
  });

  it('keeps the faster channel the patient declined, as a URL', () => {
    const relative = map(makePayload({ redirect: { href: '/refill tool?x=1', choice: 'continued' } }), { subject: SUBJECT });
    assert.deepEqual(extensionsOf(relative, SM_COMPOSE_EXTENSIONS.declinedRedirect), [{ url: SM_COMPOSE_EXTENSIONS.declinedRedirect, valueUrl: '/refill%20tool?x=1' }]);
    const absolute = map(makePayload({ redirect: { href: 'https://portal.example/refills', choice: 'continued' } }), { subject: SUBJECT });
    assert.equal(extensionsOf(absolute, SM_COMPOSE_EXTENSIONS.declinedRedirect)[0]?.valueUrl, 'https://portal.example/refills');
    assert.deepEqual(extensionsOf(map(makePayload(), { subject: SUBJECT }), SM_COMPOSE_EXTENSIONS.declinedRedirect), []);
  });

  it('keeps the answered prompts as a contained QuestionnaireResponse that the payload refers to', () => {
    const resource = map(makePayload(), { subject: SUBJECT }, { questionnaire: 'https://portal.example/fhir/Questionnaire/refill|3' });
    const [response] = resource.contained ?? [];
    assert.equal(response?.questionnaire, 'https://portal.example/fhir/Questionnaire/refill|3');
    assert.equal(response?.subject.reference, 'Patient/123');
    assert.equal(response?.author, undefined);
    assert.deepEqual(
      response?.item.map((item) => [item.linkId, item.text, item.answer[0].valueString]),
      [
        ['medication', 'Medicine name', 'Lisinopril'],
        ['pharmacy', 'Pharmacy', 'Main St'],
      ],
    );
    assert.deepEqual(resource.payload[1], { contentReference: { reference: '#fields' } });
    // A multi-line answer stays one answer; an unanswered prompt is left out, as in the body.
    const multiLine = makePayload({ fields: [{ id: 'symptoms', label: 'What is going on?', value: 'Cough\nFever since Monday' }, { id: 'since', label: 'Since when?', value: '  ' }] });
    assert.deepEqual(map(multiLine, { subject: SUBJECT }).contained?.[0].item, [{ linkId: 'symptoms', text: 'What is going on?', answer: [{ valueString: 'Cough\nFever since Monday' }] }]);
    // Nothing answered: no response, and the body alone.
    const none = map(makePayload({ fields: [{ id: 'dose', label: 'Dose', value: '' }] }), { subject: SUBJECT });
    assert.equal('contained' in none, false);
    assert.deepEqual(none.payload, [{ contentString: BODY }]);
    assert.throws(() => toFhirCommunication(makePayload(), { subject: SUBJECT }, { questionnaire: 'a b' }), TypeError);
  });

  it('keeps each attachment as payload.contentAttachment, with what the host adds', () => {
    const attachments = [
      { name: 'rash.png', type: 'image/png', size: 2_048 },
      { name: 'notes', type: '', size: 3 },
      { name: 'letter.pdf', type: 'application/pdf', size: 2_147_483_647 },
    ];
    const plain = map(makePayload({ attachments }), { subject: SUBJECT });
    assert.deepEqual(
      plain.payload.slice(2),
      [
        { contentAttachment: { contentType: 'image/png', size: 2_048, title: 'rash.png' } },
        { contentAttachment: { size: 3, title: 'notes' } },
        { contentAttachment: { contentType: 'application/pdf', size: 2_147_483_647, title: 'letter.pdf' } },
      ],
    );
    const hosted = map(makePayload({ attachments }), { subject: SUBJECT }, {
      attachments: [
        { url: 'https://files.portal.example/a/1', hash: '2jmj7l5rSw0yVb/vlWAYkK/YBwk=', creation: '2024-05-06T14:00:00Z' },
        { data: 'YWJj' },
        undefined,
      ],
    });
    assert.deepEqual(hosted.payload.slice(2), [
      {
        contentAttachment: {
          contentType: 'image/png',
          url: 'https://files.portal.example/a/1',
          size: 2_048,
          hash: '2jmj7l5rSw0yVb/vlWAYkK/YBwk=',
          title: 'rash.png',
          creation: '2024-05-06T14:00:00Z',
        },
      },
      // att-1: data needs a content type; a file the browser could not type is plain bytes.
      { contentAttachment: { contentType: 'application/octet-stream', data: 'YWJj', size: 3, title: 'notes' } },
      { contentAttachment: { contentType: 'application/pdf', size: 2_147_483_647, title: 'letter.pdf' } },
    ]);
    const bad = (extra: object) => () => toFhirCommunication(makePayload({ attachments: attachments.slice(0, 1) }), { subject: SUBJECT }, { attachments: [extra] });
    assert.throws(bad({ data: 'not base64!' }), TypeError);
    assert.throws(bad({ hash: '' }), TypeError);
    assert.throws(bad({ url: 'files/my file' }), TypeError);
    assert.throws(bad({ creation: '0000-01-01' }), TypeError);
    assert.throws(() => toFhirCommunication(makePayload({ attachments }), { subject: SUBJECT }, { attachments: [{ url: 'Binary/1' }] }), TypeError, 'one entry per attachment');
    assert.throws(() => toFhirCommunication(makePayload(), { subject: SUBJECT }, { attachments: [{ url: 'Binary/1' }] }), TypeError);
  });

  it('writes codes without stray white space', () => {
    const payload = makePayload({ category: { id: 'prescription', label: 'Prescription', routeTo: 'front  desk\n' } });
    const resource = map(payload, { subject: SUBJECT });
    assert.deepEqual(codesOf(resource, SM_COMPOSE_EXTENSIONS.routingHint), ['front desk']);
  });

  it('leaves the routing hint out when the category has none', () => {
    const resource = map(makePayload({ category: { id: 'other', label: 'Something else' } }), { subject: SUBJECT });
    assert.deepEqual(codesOf(resource, SM_COMPOSE_EXTENSIONS.routingHint), []);
  });

  it('identifies the message by a lower-case urn:uuid', () => {
    const resource = map(makePayload(), { subject: SUBJECT });
    assert.match(resource.identifier[0]?.value ?? '', R4_UUID);
    assert.equal(map(makePayload({ id: ID.toUpperCase() }), { subject: SUBJECT }).identifier[0]?.value, `urn:uuid:${ID}`);
  });

  it('writes sent as an R4 dateTime, as written', () => {
    assert.equal(map(makePayload({ createdAt: '2024-05-06T09:30:00-05:00' }), { subject: SUBJECT }).sent, '2024-05-06T09:30:00-05:00');
    assert.equal(map(makePayload({ createdAt: '0001-01-01T00:30:00+01:00' }), { subject: SUBJECT }).sent, '0001-01-01T00:30:00+01:00');
    assert.equal(map(makePayload({ createdAt: '9999-12-31T23:59:59.999+14:00' }), { subject: SUBJECT }).sent, '9999-12-31T23:59:59.999+14:00');
  });

  it('has dates outside FHIR’s range refused by the payload schema, never thrown by the mapper', () => {
    const valid = makePayload();
    for (const date of ['0000-01-01T00:00:00Z', '0000-02-29T12:00:00+01:00', '2024-05-06T23:30:00+15:00', '2024-05-06T23:30:00-14:01', '+010000-01-01T00:00:00Z']) {
      assert.equal(messagePayloadSchema.safeParse({ ...valid, createdAt: date }).success, false, `createdAt ${date}`);
      assert.equal(messagePayloadSchema.safeParse({ ...valid, urgency: { ...valid.urgency, checkedAt: date } }).success, false, `checkedAt ${date}`);
    }
    // Any date the schema accepts maps to a valid R4 dateTime.
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((value) => String(value).padStart(n, '0'));
    const dates = fc
      .tuple(digits(4), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), digits(2), digits(2), digits(2), fc.constantFrom('', '.5', '.123456'), fc.constantFrom('Z', '+14:00', '-14:00', '+13:59', '-12:00', '+05:30', '+14:01', '+15:00', '-23:59', '+00:00'))
      .map(([year, month, day, hour, minute, second, fraction, offset]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${hour}:${minute}:${second}${fraction}${offset}`);
    let accepted = 0;
    fc.assert(
      fc.property(dates, (date) => {
        const parsed = messagePayloadSchema.safeParse({ ...valid, createdAt: date, urgency: { ...valid.urgency, checkedAt: date } });
        if (!parsed.success) return;
        accepted++;
        const resource = toFhirCommunication(parsed.data, { subject: SUBJECT });
        assert.match(resource.sent, R4_DATE_TIME);
        assert.equal(resource.sent, date);
      }),
      { numRuns: 3000 },
    );
    assert.ok(accepted > 100, `${accepted} generated dates were valid`);
  });

  it('codes the category in the sm-compose system, with its label', () => {
    const coding = map(makePayload(), { subject: SUBJECT }).category?.[0]?.coding?.[0];
    assert.deepEqual(coding, { system: SM_COMPOSE_CATEGORY_SYSTEM, code: 'prescription', display: 'Prescription or refill' });
  });

  it('puts the body first, as the clinician reads it', () => {
    const payload = makePayload();
    assert.deepEqual(map(payload, { subject: SUBJECT }).payload[0], { contentString: payload.body });
  });

  it('takes the language from the locale', () => {
    assert.equal(map(makePayload(), { subject: SUBJECT }).language, 'en');
    const es = map(makePayload({ locale: 'es' }), { subject: SUBJECT });
    assert.equal(es.language, 'es');
    assert.equal(es.contained?.[0].language, 'es');
  });

  it('leaves sender, recipient and about out when not given', () => {
    const resource = map(makePayload(), { subject: SUBJECT });
    for (const key of ['sender', 'recipient', 'about']) assert.equal(key in resource, false, key);
    assert.equal('recipient' in map(makePayload(), { subject: SUBJECT, recipient: [] }), false);
  });

  it('sends to the care team the patient chose, by the host’s id, unless the host gives its own references (#17)', () => {
    const chose = makePayload({ recipient: { id: 'team-42', label: 'Primary care team' } });
    assert.deepEqual(map(chose, { subject: SUBJECT }, { recipientSystem: 'https://portal.example/care-teams' }).recipient, [
      { identifier: { system: 'https://portal.example/care-teams', value: 'team-42' }, display: 'Primary care team' },
    ]);
    assert.deepEqual(map(chose, { subject: SUBJECT }).recipient, [{ identifier: { value: 'team-42' }, display: 'Primary care team' }]);
    assert.deepEqual(map(chose, { subject: SUBJECT, recipient: CLINICIAN }).recipient, [CLINICIAN]);
    assert.throws(() => map(chose, { subject: SUBJECT }, { recipientSystem: 'not a uri' }), TypeError);
  });

  it('keeps the patient’s electronic signature as the message-signature extension (#17)', () => {
    const signed = makePayload({ signature: { name: 'Ana López', signedAt: '2026-12-02T09:30:00-06:00' } });
    const [extension] = map(signed, { subject: SUBJECT }).extension.filter((e) => e.url === SM_COMPOSE_EXTENSIONS.signature);
    assert.deepEqual(extension?.extension, [
      { url: 'name', valueString: 'Ana López' },
      { url: 'signedAt', valueDateTime: '2026-12-02T09:30:00-06:00' },
    ]);
    assert.equal(map(makePayload(), { subject: SUBJECT }).extension.some((e) => e.url === SM_COMPOSE_EXTENSIONS.signature), false);
  });

  it('a reply points at the conversation it answers, by the host’s id (#17)', () => {
    const reply = makePayload({ inReplyTo: { threadId: 'thread-881' } });
    assert.deepEqual(map(reply, { subject: SUBJECT }, { threadSystem: 'https://portal.example/threads' }).inResponseTo, [
      { identifier: { system: 'https://portal.example/threads', value: 'thread-881' } },
    ]);
    assert.equal('inResponseTo' in map(makePayload(), { subject: SUBJECT }), false);
  });

  it('says the billing notice was shown, as an extension (#17)', () => {
    const shown = map(makePayload({ billingNoticeShown: true }), { subject: SUBJECT }).extension.filter((e) => e.url === SM_COMPOSE_EXTENSIONS.billingNoticeShown);
    assert.deepEqual(shown, [{ url: SM_COMPOSE_EXTENSIONS.billingNoticeShown, valueBoolean: true }]);
    assert.equal(map(makePayload(), { subject: SUBJECT }).extension.some((e) => e.url === SM_COMPOSE_EXTENSIONS.billingNoticeShown), false);
  });

  it('keeps which proxies may see the message as the proxy-visibility extension, by the host’s ids', () => {
    const chosen = makePayload({ proxyVisibility: { visibleTo: ['p-maria'], hiddenFrom: ['p-john', 'p-lee'] } });
    const found = map(chosen, { subject: SUBJECT }).extension.filter((e) => e.url === SM_COMPOSE_EXTENSIONS.proxyVisibility);
    assert.deepEqual(found, [
      {
        url: SM_COMPOSE_EXTENSIONS.proxyVisibility,
        extension: [
          { url: 'visibleTo', valueString: 'p-maria' },
          { url: 'hiddenFrom', valueString: 'p-john' },
          { url: 'hiddenFrom', valueString: 'p-lee' },
        ],
      },
    ]);
    const hiddenFromAll = map(makePayload({ proxyVisibility: { visibleTo: [], hiddenFrom: ['p-john'] } }), { subject: SUBJECT }).extension.find((e) => e.url === SM_COMPOSE_EXTENSIONS.proxyVisibility);
    assert.deepEqual(hiddenFromAll?.extension, [{ url: 'hiddenFrom', valueString: 'p-john' }]);
    assert.equal(map(makePayload(), { subject: SUBJECT }).extension.some((e) => e.url === SM_COMPOSE_EXTENSIONS.proxyVisibility), false);
    assert.equal(map(makePayload({ proxyVisibility: { visibleTo: [], hiddenFrom: [] } }), { subject: SUBJECT }).extension.some((e) => e.url === SM_COMPOSE_EXTENSIONS.proxyVisibility), false, 'no empty extension');
  });

  it('turns a single recipient into an array', () => {
    assert.deepEqual(map(makePayload(), { subject: SUBJECT, recipient: CLINICIAN }).recipient, [CLINICIAN]);
  });

  it('keeps only the filled parts of a reference and refuses one that points nowhere', () => {
    const resource = map(makePayload(), {
      subject: { reference: 'Patient/123', display: '  ' },
      sender: { identifier: { system: '', value: 'mrn-1' } },
    });
    assert.deepEqual(resource.subject, { reference: 'Patient/123' });
    assert.deepEqual(resource.sender, { identifier: { value: 'mrn-1' } });
    assert.deepEqual(resource.contained?.[0].author, { identifier: { value: 'mrn-1' } });
    assert.throws(() => toFhirCommunication(makePayload(), { subject: {} }), TypeError);
    assert.throws(() => toFhirCommunication(makePayload(), { subject: SUBJECT, recipient: [CLINICIAN, { display: '' }] }), TypeError);
    assert.throws(() => toFhirCommunication(makePayload(), { subject: { reference: '#p1' } }), TypeError);
  });

  it('refuses codes a payload that skipped the schema could hold, without the message text in the error', () => {
    const payload = makePayload();
    const secret = 'I have chest pain and nobody knows';
    const unchecked = (patch: object) => ({ ...payload, body: secret, ...patch }) as MessagePayload;
    for (const patch of [{ urgency: { ...payload.urgency, level: 'severe' } }, { urgency: { ...payload.urgency, decision: 'maybe' } }, { regarding: 'them' }, { createdAt: '0000-01-01T00:00:00Z' }]) {
      assert.throws(
        () => toFhirCommunication(unchecked(patch), { subject: SUBJECT }),
        (error: Error) => error instanceof RangeError && !error.message.includes(secret),
      );
    }
  });

  it('does not mutate its input or share objects with it', () => {
    const payload = deepFreeze(makePayload({ attachments: [{ name: 'a.png', type: 'image/png', size: 1 }] }, 'crisis'));
    const refs = deepFreeze({ subject: { ...SUBJECT }, sender: { ...SENDER }, recipient: [{ ...CLINICIAN }], about: [{ ...SUBJECT }] });
    const options = deepFreeze({ attachments: [{ url: 'Binary/1' }] });
    const before = structuredClone({ payload, refs, options });
    const resource = map(payload, refs, options);
    assert.deepEqual({ payload, refs, options }, before);
    assert.notEqual(resource.subject, refs.subject);
    assert.notEqual(resource.contained?.[0].subject, resource.subject);
    assert.notEqual(resource.sender, refs.sender);
    assert.notEqual(resource.recipient?.[0], refs.recipient[0]);
    assert.notEqual(resource.about?.[0], refs.about[0]);
  });

  it('maps generated payloads to resources that both validators accept', () => {
    // Printable ASCII, and any code point (controls, lone surrogates, bidi marks) as a patient or a bug could send.
    const text = fc
      .oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }))
      .filter((value) => value.trim() !== '');
    const code = fc.oneof(fc.constantFrom(...URGENCY_FINDING_IDS), fc.stringMatching(/^[a-z][a-z-]{0,12}$/), text);
    const check = fc.record(
      { source: fc.constantFrom(...URGENCY_CHECK_SOURCES), status: fc.constantFrom(...URGENCY_CHECK_STATUSES), level: fc.constantFrom(...URGENCY_LEVELS), findings: fc.array(code, { maxLength: 3 }) },
      { requiredKeys: ['source', 'status'] },
    );
    const payloads = fc
      .record(
        {
          // eslint-disable-next-line no-control-regex
          body: text.filter((value) => /[^\s\u0000-\u001F]/.test(value)),
          locale: fc.constantFrom('en' as const, 'es' as const),
          fields: fc.array(fc.record({ id: fc.stringMatching(/^[a-z][a-z-]{0,10}$/), label: text, value: fc.oneof(fc.constant(''), text) }), { maxLength: 4 }),
          level: fc.constantFrom(...URGENCY_LEVELS),
          findings: fc.array(code, { maxLength: 4 }),
          decision: fc.constantFrom(...URGENCY_DECISIONS),
          reported: fc.option(fc.array(fc.constantFrom('chest-pain', 'infant-fever', 'host-flag'), { maxLength: 3 }), { nil: undefined }),
          checks: fc.option(fc.array(check, { maxLength: 2 }), { nil: undefined }),
          regarding: fc.option(fc.constantFrom('self' as const, 'other' as const), { nil: undefined }),
          attachments: fc.option(fc.array(fc.record({ name: text, type: fc.constantFrom('', 'image/png', 'application/pdf'), size: fc.integer({ min: 0, max: 2_147_483_647 }) }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
          redirect: fc.option(fc.constantFrom('/refills', 'https://portal.example/schedule'), { nil: undefined }),
          proxyVisibility: fc.option(fc.record({ visibleTo: fc.array(text, { maxLength: 2 }), hiddenFrom: fc.array(text, { maxLength: 2 }) }), { nil: undefined }),
          category: fc.constantFrom({ id: 'prescription', label: 'Prescription', routeTo: 'pharmacy' }, { id: 'billing', label: 'Billing' }),
        },
        { requiredKeys: ['body', 'locale', 'fields', 'level', 'findings', 'decision', 'category'] },
      )
      .map(({ body, level, findings, decision, reported, checks, redirect, ...rest }) =>
        makePayload({
          ...rest,
          body,
          characterCount: countCharacters(body),
          urgency: { level, findings, decision, checkedAt: '2024-05-06T14:29:00+02:00', ...(reported && { reported }), ...(checks && { checks }) },
          ...(redirect !== undefined && { redirect: { href: redirect, choice: 'continued' as const } }),
        }),
      );
    fc.assert(
      fc.property(payloads, fc.boolean(), (payload, withData) => {
        const attachments = payload.attachments?.map((_, index) => (withData ? { data: 'YWJj' } : { url: `Binary/${index}` }));
        map(payload, { subject: SUBJECT, sender: SENDER }, attachments === undefined ? {} : { attachments });
      }),
      { numRuns: 150 },
    );
  });
});
