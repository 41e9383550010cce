import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPayload, type PayloadInput } from '../../src/core/build-payload.js';
import { messagePayloadSchema } from '../../src/core/payload-schema.js';
import { uuid } from '../../src/core/uuid.js';
import { countCharacters } from '../../src/core/count-characters.js';

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

describe('messagePayloadSchema: what FHIR and the published JSON Schema can carry (issue 18)', () => {
  const valid = buildPayload(input({ message: 'Fever 🤒 since Monday.', attachments: [{ name: 'rash.png', type: 'image/png', size: 2048 }] }));
  const issues = (patch: object) => messagePayloadSchema.safeParse({ ...valid, ...patch }).error?.issues.map((issue) => issue.path.join('.')) ?? [];

  it('refuses dates FHIR R4 cannot carry: year 0, after 9999, an offset beyond ±14:00', () => {
    assert.deepEqual(issues({}), []);
    for (const date of ['0000-01-01T00:00:00Z', '0000-12-31T23:59:59.999-05:00', '+010000-01-01T00:00:00.000Z', '2026-11-21T10:00:00+14:30', '2026-11-21T10:00:00-15:00']) {
      assert.deepEqual(issues({ createdAt: date }), ['createdAt'], date);
      assert.deepEqual(issues({ urgency: { ...valid.urgency, checkedAt: date } }), ['urgency.checkedAt'], date);
    }
    for (const date of ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2026-11-21T10:00:00+14:00', '2026-11-21T10:00:00-13:59', '2026-11-21T10:00:00-12:00']) {
      assert.deepEqual(issues({ createdAt: date, urgency: { ...valid.urgency, checkedAt: date } }), [], date);
    }
  });

  it('refuses a blank body: white space or control characters only', () => {
    for (const body of [' ', '\n\t ', '\u00A0\u3000', '\u0000', ' \u0007\n']) {
      assert.deepEqual(issues({ body, characterCount: countCharacters(body) }), ['body'], JSON.stringify(body));
    }
    assert.deepEqual(issues({ body: ' x ', characterCount: 3 }), []);
  });

  it('checks characterCount against the body it counts, in user-perceived characters', () => {
    assert.equal(valid.characterCount, countCharacters(valid.body));
    assert.deepEqual(issues({ characterCount: valid.characterCount + 1 }), ['characterCount']);
    assert.deepEqual(issues({ characterCount: valid.characterCount - 1 }), ['characterCount']);
    // "👍🏽" is one character but four UTF-16 code units: its length is not its count.
    assert.deepEqual(issues({ body: 'ok 👍🏽', characterCount: 4 }), []);
    assert.deepEqual(issues({ body: 'ok 👍🏽', characterCount: 'ok 👍🏽'.length }), ['characterCount']);
  });

  it('counts the subject and attachment names in code points, as JSON Schema does', () => {
    assert.deepEqual(issues({ subject: '🤒'.repeat(100) }), []);
    assert.deepEqual(issues({ subject: '🤒'.repeat(101) }), ['subject']);
    assert.deepEqual(issues({ subject: 'x'.repeat(101) }), ['subject']);
    assert.deepEqual(issues({ attachments: [{ name: '📷'.repeat(255), type: '', size: 1 }] }), []);
    assert.deepEqual(issues({ attachments: [{ name: '📷'.repeat(256), type: '', size: 1 }] }), ['attachments.0.name']);
  });

  it('refuses an attachment size FHIR cannot carry (over 2^31 − 1 bytes)', () => {
    assert.deepEqual(issues({ attachments: [{ name: 'a', type: '', size: 2 ** 31 - 1 }] }), []);
    assert.deepEqual(issues({ attachments: [{ name: 'a', type: '', size: 2 ** 31 }] }), ['attachments.0.size']);
  });

  it('accepts unknown properties, at the top and nested, and drops them', () => {
    const parsed = messagePayloadSchema.parse({ ...valid, addedLater: true, urgency: { ...valid.urgency, score: 0.3 }, category: { ...valid.category, color: 'red' } });
    assert.deepEqual(parsed, valid);
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
