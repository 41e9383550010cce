import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPayload, type PayloadInput } from '../../src/core/build-payload.js';
import { messagePayloadSchema } from '../../src/core/payload-schema.js';
import { uuid } from '../../src/core/uuid.js';

const input = (overrides: Partial<PayloadInput> = {}): PayloadInput => ({
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  createdAt: new Date('2026-11-21T10:00:00Z'),
  locale: 'en',
  category: { id: 'prescription', label: 'Prescription or refill', routeTo: 'pharmacy' },
  subject: 'Prescription or refill: Lisinopril',
  fields: [
    { id: 'medication', label: 'Medicine name', value: 'Lisinopril' },
    { id: 'pharmacy', label: 'Pharmacy', value: 'Main Street Pharmacy' },
  ],
  message: 'I have 3 days left.',
  messageLabel: 'Message',
  urgency: { level: 'none', findings: [], decision: 'continued', checkedAt: '2026-11-21T09:59:00.000Z' },
  characterLimit: 2000,
  ...overrides,
});

describe('buildPayload', () => {
  it('builds a payload that validates', () => {
    const payload = buildPayload(input());
    assert.deepEqual(messagePayloadSchema.parse(payload), payload);
    assert.equal(payload.schemaVersion, 1);
    assert.equal(payload.body, 'Medicine name: Lisinopril\nPharmacy: Main Street Pharmacy\n\nMessage:\nI have 3 days left.');
    assert.equal(payload.characterCount, payload.body.length);
    assert.equal(payload.category.routeTo, 'pharmacy');
    assert.equal(payload.createdAt, '2026-11-21T10:00:00.000Z');
  });

  it('is rejected when the body is over the limit', () => {
    const payload = buildPayload(input({ message: 'x'.repeat(2100) }));
    const result = messagePayloadSchema.safeParse(payload);
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues.map((issue) => issue.path.join('.')), ['characterCount']);
  });

  it('rejects a missing subject, a bad id and an unknown urgency decision', () => {
    const bad = { ...buildPayload(input()), subject: '', id: 'not-a-uuid', urgency: { level: 'none', findings: [], decision: 'maybe', checkedAt: 'x' } };
    const paths = messagePayloadSchema.safeParse(bad).error?.issues.map((issue) => issue.path.join('.')).sort();
    assert.deepEqual(paths, ['id', 'subject', 'urgency.checkedAt', 'urgency.decision']);
  });
});

describe('payload.urgency: what the patient reported and which checks ran (optional, version 1)', () => {
  const urgency = {
    level: 'emergency' as const,
    findings: ['sepsis'],
    decision: 'continued' as const,
    checkedAt: '2026-11-21T09:59:00.000Z',
    reported: ['chest-pain'],
    checks: [
      { source: 'built-in' as const, status: 'ok' as const, level: 'none' as const, findings: [] },
      { source: 'host' as const, status: 'ok' as const, level: 'emergency' as const, findings: ['sepsis'] },
    ],
  };

  it('keeps both fields, and a payload without them still validates', () => {
    const payload = buildPayload(input({ urgency }));
    assert.deepEqual(messagePayloadSchema.parse(payload).urgency, urgency);
    assert.equal(messagePayloadSchema.safeParse(buildPayload(input())).success, true);
    const noneOfThese = { ...urgency, reported: [], checks: [{ source: 'built-in' as const, status: 'ok' as const, level: 'none' as const }, { source: 'host' as const, status: 'timeout' as const }] };
    assert.deepEqual(messagePayloadSchema.parse(buildPayload(input({ urgency: noneOfThese }))).urgency, noneOfThese);
  });

  it('rejects an unknown source or status and an empty id', () => {
    const bad = (patch: object) => messagePayloadSchema.safeParse({ ...buildPayload(input()), urgency: { ...urgency, ...patch } }).error?.issues.map((issue) => issue.path.join('.'));
    assert.deepEqual(bad({ checks: [{ source: 'cloud', status: 'ok' }] }), ['urgency.checks.0.source']);
    assert.deepEqual(bad({ checks: [{ source: 'host', status: 'slow' }] }), ['urgency.checks.0.status']);
    assert.deepEqual(bad({ reported: [''] }), ['urgency.reported.0']);
  });
});

describe('uuid', () => {
  it('makes distinct version 4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 100 }, uuid));
    assert.equal(ids.size, 100);
    for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
