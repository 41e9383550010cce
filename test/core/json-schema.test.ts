import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { payloadJsonSchema } from '../../scripts/payload-json-schema.js';
import { buildPayload } from '../../src/core/build-payload.js';

const validate = new Ajv2020({ strict: false }).compile(payloadJsonSchema());
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
