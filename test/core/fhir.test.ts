import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  SM_COMPOSE_CATEGORY_SYSTEM,
  SM_COMPOSE_EXTENSIONS,
  SM_COMPOSE_STRUCTURE_DEFINITION_BASE,
  toFhirCommunication,
  type FhirCommunication,
  type FhirReference,
} from '../../src/core/fhir.js';
import { messagePayloadSchema, type MessagePayload } from '../../src/core/payload-schema.js';
import { URGENCY_LEVELS, type UrgencyLevelName } from '../../src/core/urgency-levels.js';

// ---- R4 rules, taken from the specification (https://hl7.org/fhir/R4/) ----

/** EventStatus, required binding of Communication.status. */
const R4_EVENT_STATUS = ['preparation', 'in-progress', 'not-done', 'on-hold', 'stopped', 'completed', 'entered-in-error', 'unknown'];
/** RequestPriority, required binding of Communication.priority. */
const R4_REQUEST_PRIORITY = ['routine', 'urgent', 'asap', 'stat'];
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
  if (ref.reference !== undefined) assert.ok(!ref.reference.startsWith('#'), `${path} is a contained reference (ref-1)`);
}

/** Every R4 rule the mapping must keep, checked on the emitted JSON. */
function assertValidCommunication(resource: FhirCommunication): void {
  assert.equal(resource.resourceType, 'Communication');
  assertNoEmptyElements(resource);
  assert.ok(R4_EVENT_STATUS.includes(resource.status), `status ${resource.status}`);
  assert.ok(R4_REQUEST_PRIORITY.includes(resource.priority), `priority ${resource.priority}`);
  assert.match(resource.language, R4_CODE);
  for (const identifier of resource.identifier) {
    assert.ok(identifier.system === undefined || R4_URI.test(identifier.system));
    assert.ok(identifier.value.length > 0);
  }
  assert.match(resource.sent, R4_DATE_TIME);
  for (const concept of resource.category ?? []) {
    assert.ok(concept.coding !== undefined || concept.text !== undefined);
    for (const coding of concept.coding ?? []) {
      assert.match(coding.system, R4_URI);
      assert.match(coding.code, R4_CODE);
    }
  }
  assertValidReference(resource.subject, 'subject');
  if (resource.sender !== undefined) assertValidReference(resource.sender, 'sender');
  resource.recipient?.forEach((ref, index) => assertValidReference(ref, `recipient[${index}]`));
  assert.ok(resource.payload !== undefined && resource.payload.length >= 1, 'payload needs at least one element');
  for (const part of resource.payload) {
    const contents = Object.keys(part).filter((key) => key.startsWith('content'));
    assert.equal(contents.length, 1, 'each payload has exactly one content[x]');
    assert.ok(PAYLOAD_CONTENT.includes(contents[0] ?? ''));
  }
  for (const extension of resource.extension) {
    assert.match(extension.url, R4_URI);
    assert.ok(extension.url.startsWith(SM_COMPOSE_STRUCTURE_DEFINITION_BASE));
    assert.match(extension.valueCode, R4_CODE);
    assert.deepEqual(Object.keys(extension).sort(), ['url', 'valueCode'], 'ext-1: a value and nothing else');
  }
}

// ---- fixtures ----

const ID = '3f2b8c1e-5a4d-4e7f-9b6a-2c1d0e9f8a7b';
const SUBJECT: FhirReference = { reference: 'Patient/123', display: 'Ana López' };
const SENDER: FhirReference = { reference: 'RelatedPerson/77' };
const CLINICIAN: FhirReference = { reference: 'Practitioner/9', display: 'Dr. Rivera' };
const POOL: FhirReference = { identifier: { system: 'https://portal.example/pools', value: 'refill-pool' } };

function makePayload(overrides: Partial<MessagePayload> = {}, level: UrgencyLevelName = 'none'): MessagePayload {
  const body = 'Medicine name: Lisinopril\nPharmacy: Main St\n\nMessage:\nI have 3 days left.';
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
    ],
    urgency: {
      level,
      findings: level === 'none' ? [] : ['chest-pain', 'short-of-breath'],
      decision: level === 'none' ? 'not-needed' : 'continued',
      checkedAt: '2024-05-06T14:29:00.000Z',
    },
    characterCount: body.length,
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

const extensionValues = (resource: FhirCommunication, url: string): string[] =>
  resource.extension.filter((extension) => extension.url === url).map((extension) => extension.valueCode);

// ---- tests ----

describe('toFhirCommunication', () => {
  it('maps a payload to a valid R4 Communication', () => {
    const payload = makePayload();
    const resource = toFhirCommunication(payload, { subject: SUBJECT, sender: SENDER, recipient: [CLINICIAN, POOL] });
    assertValidCommunication(resource);
    assert.deepEqual(resource, {
      resourceType: 'Communication',
      language: 'en',
      extension: [
        { url: SM_COMPOSE_EXTENSIONS.routingHint, valueCode: 'pharmacy' },
        { url: SM_COMPOSE_EXTENSIONS.urgencyLevel, valueCode: 'none' },
        { url: SM_COMPOSE_EXTENSIONS.urgencyDecision, valueCode: 'not-needed' },
      ],
      identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${ID}` }],
      status: 'completed',
      category: [
        {
          coding: [{ system: SM_COMPOSE_CATEGORY_SYSTEM, code: 'prescription', display: 'Prescription or refill' }],
          text: 'Prescription or refill',
        },
      ],
      priority: 'routine',
      subject: SUBJECT,
      topic: { text: 'Refill: Lisinopril' },
      sent: '2024-05-06T14:30:00.000Z',
      recipient: [CLINICIAN, POOL],
      sender: SENDER,
      payload: [{ contentString: payload.body }],
    });
  });

  it('uses status "completed" from EventStatus', () => {
    const resource = toFhirCommunication(makePayload(), { subject: SUBJECT });
    assert.equal(resource.status, 'completed');
    assert.ok(R4_EVENT_STATUS.includes(resource.status));
  });

  it('maps every urgency level to a RequestPriority code', () => {
    const expected: Record<UrgencyLevelName, string> = { emergency: 'stat', crisis: 'asap', urgent: 'urgent', none: 'routine' };
    for (const level of URGENCY_LEVELS) {
      const resource = toFhirCommunication(makePayload({}, level), { subject: SUBJECT });
      assertValidCommunication(resource);
      assert.ok(R4_REQUEST_PRIORITY.includes(resource.priority), `${level} → ${resource.priority}`);
      assert.equal(resource.priority, expected[level], level);
      assert.deepEqual(extensionValues(resource, SM_COMPOSE_EXTENSIONS.urgencyLevel), [level]);
    }
  });

  it('carries the urgency decision and finding ids as extensions', () => {
    const resource = toFhirCommunication(makePayload({}, 'emergency'), { subject: SUBJECT });
    assert.deepEqual(extensionValues(resource, SM_COMPOSE_EXTENSIONS.urgencyDecision), ['continued']);
    assert.deepEqual(extensionValues(resource, SM_COMPOSE_EXTENSIONS.urgencyFinding), ['chest-pain', 'short-of-breath']);
    const calm = toFhirCommunication(makePayload(), { subject: SUBJECT });
    assert.deepEqual(extensionValues(calm, SM_COMPOSE_EXTENSIONS.urgencyFinding), []);
  });

  it('leaves the routing hint out when the category has none', () => {
    const resource = toFhirCommunication(makePayload({ category: { id: 'other', label: 'Something else' } }), { subject: SUBJECT });
    assertValidCommunication(resource);
    assert.deepEqual(extensionValues(resource, SM_COMPOSE_EXTENSIONS.routingHint), []);
  });

  it('writes codes without stray white space', () => {
    const payload = makePayload({ category: { id: 'prescription', label: 'Prescription', routeTo: 'front  desk\n' } });
    const resource = toFhirCommunication(payload, { subject: SUBJECT });
    assertValidCommunication(resource);
    assert.deepEqual(extensionValues(resource, SM_COMPOSE_EXTENSIONS.routingHint), ['front desk']);
  });

  it('identifies the message by a lower-case urn:uuid', () => {
    const resource = toFhirCommunication(makePayload(), { subject: SUBJECT });
    assert.equal(resource.identifier.length, 1);
    assert.equal(resource.identifier[0]?.system, 'urn:ietf:rfc:3986');
    assert.match(resource.identifier[0]?.value ?? '', R4_UUID);
    const upper = toFhirCommunication(makePayload({ id: ID.toUpperCase() }), { subject: SUBJECT });
    assert.equal(upper.identifier[0]?.value, `urn:uuid:${ID}`);
  });

  it('writes sent as an R4 dateTime, keeping a valid offset and converting one R4 cannot hold', () => {
    const kept = toFhirCommunication(makePayload({ createdAt: '2024-05-06T09:30:00-05:00' }), { subject: SUBJECT });
    assert.equal(kept.sent, '2024-05-06T09:30:00-05:00');
    const converted = toFhirCommunication(makePayload({ createdAt: '2024-05-06T23:30:00+15:00' }), { subject: SUBJECT });
    assert.match(converted.sent, R4_DATE_TIME);
    assert.equal(Date.parse(converted.sent), Date.parse('2024-05-06T23:30:00+15:00'));
    assert.throws(() => toFhirCommunication(makePayload({ createdAt: '0000-01-01T00:30:00+01:00' }), { subject: SUBJECT }), RangeError);
  });

  it('codes the category in the sm-compose system', () => {
    const resource = toFhirCommunication(makePayload(), { subject: SUBJECT });
    const coding = resource.category?.[0]?.coding?.[0];
    assert.equal(coding?.system, SM_COMPOSE_CATEGORY_SYSTEM);
    assert.equal(coding?.code, 'prescription');
  });

  it('puts the body in one payload with exactly one content[x]', () => {
    const payload = makePayload();
    const resource = toFhirCommunication(payload, { subject: SUBJECT });
    assert.deepEqual(resource.payload, [{ contentString: payload.body }]);
  });

  it('takes the language from the locale', () => {
    assert.equal(toFhirCommunication(makePayload(), { subject: SUBJECT }).language, 'en');
    assert.equal(toFhirCommunication(makePayload({ locale: 'es' }), { subject: SUBJECT }).language, 'es');
  });

  it('leaves sender and recipient out when not given', () => {
    const resource = toFhirCommunication(makePayload(), { subject: SUBJECT });
    assertValidCommunication(resource);
    assert.equal('sender' in resource, false);
    assert.equal('recipient' in resource, false);
    const empty = toFhirCommunication(makePayload(), { subject: SUBJECT, recipient: [] });
    assert.equal('recipient' in empty, false);
  });

  it('turns a single recipient into an array', () => {
    const resource = toFhirCommunication(makePayload(), { subject: SUBJECT, recipient: CLINICIAN });
    assertValidCommunication(resource);
    assert.deepEqual(resource.recipient, [CLINICIAN]);
  });

  it('keeps only the filled parts of a reference and refuses one that points nowhere', () => {
    const resource = toFhirCommunication(makePayload(), {
      subject: { reference: 'Patient/123', display: '  ' },
      sender: { identifier: { system: '', value: 'mrn-1' } },
    });
    assertValidCommunication(resource);
    assert.deepEqual(resource.subject, { reference: 'Patient/123' });
    assert.deepEqual(resource.sender, { identifier: { value: 'mrn-1' } });
    assert.throws(() => toFhirCommunication(makePayload(), { subject: {} }), TypeError);
    assert.throws(() => toFhirCommunication(makePayload(), { subject: SUBJECT, recipient: [CLINICIAN, { display: '' }] }), TypeError);
    assert.throws(() => toFhirCommunication(makePayload(), { subject: { reference: '#p1' } }), TypeError);
  });

  it('has no undefined, null or empty values, and survives a JSON round trip', () => {
    for (const level of URGENCY_LEVELS) {
      for (const refs of [{ subject: SUBJECT }, { subject: SUBJECT, sender: SENDER, recipient: POOL }]) {
        const resource = toFhirCommunication(makePayload({}, level), refs);
        assertNoEmptyElements(resource);
        assert.deepEqual(JSON.parse(JSON.stringify(resource)), resource);
      }
    }
  });

  it('does not mutate its input or share objects with it', () => {
    const payload = deepFreeze(makePayload({}, 'crisis'));
    const refs = deepFreeze({ subject: { ...SUBJECT }, sender: { ...SENDER }, recipient: [{ ...CLINICIAN }] });
    const before = structuredClone({ payload, refs });
    const resource = toFhirCommunication(payload, refs);
    assert.deepEqual({ payload, refs }, before);
    assert.notEqual(resource.subject, refs.subject);
    assert.notEqual(resource.sender, refs.sender);
    assert.notEqual(resource.recipient?.[0], refs.recipient[0]);
  });
});
