import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { payloadJsonSchema } from '../../scripts/payload-json-schema.js';
import { buildPayload } from '../../src/core/build-payload.js';
import { messagePayloadSchema } from '../../src/core/payload-schema.js';

// Strict (unknown keywords are errors); formats are annotations in 2020-12, the patterns check.
const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(payloadJsonSchema());
const payload = buildPayload({
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  createdAt: new Date('2026-11-21T10:00:00Z'),
  locale: 'es',
  category: { id: 'test-results', label: 'Resultados de pruebas', routeTo: 'clinician' },
  subject: 'Resultados de pruebas: colesterol',
  fields: [{ id: 'test', label: '¿Qué prueba?', value: 'Colesterol' }],
  message: '¿Qué significa? 👍🏽',
  messageLabel: 'Mensaje',
  urgency: { level: 'none', findings: [], decision: 'continued', checkedAt: '2026-11-21T09:59:00.000Z' },
  characterLimit: 2000,
});

describe('dist/message-payload.schema.json', () => {
  it('accepts a payload the widget builds', () => {
    assert.equal(validate(payload), true, JSON.stringify(validate.errors));
  });

  it('accepts fields added later within version 1', () => {
    assert.equal(validate({ ...payload, regarding: 'self' }), true, JSON.stringify(validate.errors));
  });

  it('describes the urgency record’s reported red flags and checks', () => {
    const urgency = { ...payload.urgency, reported: [], checks: [{ source: 'built-in', status: 'ok', level: 'none', findings: [] }, { source: 'host', status: 'error' }] };
    assert.equal(validate({ ...payload, urgency }), true, JSON.stringify(validate.errors));
    assert.equal(validate({ ...payload, urgency: { ...urgency, checks: [{ source: 'host', status: 'late' }] } }), false);
    assert.equal(validate({ ...payload, urgency: { ...urgency, reported: 'chest-pain' } }), false);
  });

  it('rejects a wrong version, a missing body and an unknown decision', () => {
    assert.equal(validate({ ...payload, schemaVersion: 2 }), false);
    const { body: _body, ...withoutBody } = payload;
    assert.equal(validate(withoutBody), false);
    assert.equal(validate({ ...payload, urgency: { ...payload.urgency, decision: 'maybe' } }), false);
    assert.equal(validate({ ...payload, subject: 'x'.repeat(101) }), false);
  });
});

describe('dist/message-payload.schema.json and messagePayloadSchema agree (issue 18)', () => {
  const both = (value: unknown) => ({ jsonSchema: validate(value), zod: messagePayloadSchema.safeParse(value).success });

  it('accept unknown properties, at the top and nested; zod drops them, the schema says so', () => {
    const added = { ...payload, addedLater: { any: 1 }, category: { ...payload.category, color: 'red' }, urgency: { ...payload.urgency, score: 0.4 } };
    assert.deepEqual(both(added), { jsonSchema: true, zod: true });
    assert.deepEqual(messagePayloadSchema.parse(added), payload);
    const schema = payloadJsonSchema();
    assert.equal(schema.additionalProperties, undefined, 'the schema leaves objects open');
    assert.match(String(schema.description), /Properties not listed here are accepted/);
  });

  it('reject a blank body', () => {
    for (const body of [' ', '\n\n', '\u3000', '\u0000\t']) assert.deepEqual(both({ ...payload, body, characterCount: [...body].length }), { jsonSchema: false, zod: false }, JSON.stringify(body));
  });

  it('reject dates FHIR cannot carry', () => {
    for (const createdAt of ['0000-01-01T00:00:00Z', '2026-11-21T10:00:00+14:01']) assert.deepEqual(both({ ...payload, createdAt }), { jsonSchema: false, zod: false }, createdAt);
  });

  it('count subject lengths alike, in code points', () => {
    assert.deepEqual(both({ ...payload, subject: '🩺'.repeat(100) }), { jsonSchema: true, zod: true });
    assert.deepEqual(both({ ...payload, subject: '🩺'.repeat(101) }), { jsonSchema: false, zod: false });
  });

  it('differ only where documented: the schema cannot count graphemes or compare fields', () => {
    // "👍🏽" is one character and four UTF-16 code units: a count of its code units is wrong.
    assert.deepEqual(both({ ...payload, characterCount: payload.body.length }), { jsonSchema: true, zod: false });
    assert.deepEqual(both({ ...payload, characterCount: 3000 }), { jsonSchema: true, zod: false });
    const count = (payloadJsonSchema().properties as Record<string, { description?: string }>).characterCount;
    assert.match(count?.description ?? '', /can neither count grapheme clusters nor compare two fields/);
    assert.match(String(payloadJsonSchema().description), /characterCount must equal the number of user-perceived characters/);
  });
});
