import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDraft, isDraftEmpty, serializeDraft, type ComposeDraftData } from '../../src/core/draft.js';
import { parseDraft } from '../../src/core/draft-schema.js';

const draft = (overrides: Partial<ComposeDraftData> = {}): ComposeDraftData => ({
  version: 1,
  savedAt: '2026-11-21T10:00:00.000Z',
  regarding: 'other',
  category: 'prescription',
  answers: { medication: 'Metformin', pharmacy: 'Main Street Pharmacy' },
  subject: 'Refill for my son',
  subjectEdited: true,
  message: 'Él tiene 5 días de medicina.\nGracias 👍🏽',
  urgency: { decision: 'continued', checkedAt: '2026-11-21T09:59:12.000Z', findings: [] },
  ...overrides,
});

describe('parseDraft', () => {
  it('reads a valid draft, from JSON or from a value', () => {
    const valid = draft();
    assert.deepEqual(parseDraft(serializeDraft(valid)), valid);
    assert.deepEqual(parseDraft(valid), valid);
  });

  it('reads a minimal draft', () => {
    const minimal = { version: 1, savedAt: '2026-11-21T10:00:00Z', answers: {}, message: '' };
    assert.deepEqual(parseDraft(JSON.stringify(minimal)), minimal);
  });

  it('ignores another version', () => {
    assert.equal(parseDraft(JSON.stringify({ ...draft(), version: 2 })), undefined);
    assert.equal(parseDraft(JSON.stringify({ ...draft(), version: '1' })), undefined);
    const { version: _version, ...unversioned } = draft();
    assert.equal(parseDraft(JSON.stringify(unversioned)), undefined);
  });

  it('ignores junk without throwing', () => {
    for (const junk of ['', '{', 'null', 'undefined', '42', '"text"', '[]', '{"version":1}', 'NaN', '\u0000', '{"__proto__":{"version":1}}']) {
      assert.equal(parseDraft(junk), undefined, JSON.stringify(junk));
    }
    for (const junk of [null, undefined, 42, true, [], {}, Symbol('x'), () => 1, new Date()]) {
      assert.equal(parseDraft(junk), undefined);
    }
  });

  it('ignores a draft with fields of the wrong type', () => {
    assert.equal(parseDraft(JSON.stringify({ ...draft(), message: 5 })), undefined);
    assert.equal(parseDraft(JSON.stringify({ ...draft(), answers: { medication: 5 } })), undefined);
    assert.equal(parseDraft(JSON.stringify({ ...draft(), answers: ['Metformin'] })), undefined);
    assert.equal(parseDraft(JSON.stringify({ ...draft(), regarding: 'neighbour' })), undefined);
    assert.equal(parseDraft(JSON.stringify({ ...draft(), savedAt: 'yesterday' })), undefined);
    assert.equal(parseDraft(JSON.stringify({ ...draft(), subjectEdited: 'yes' })), undefined);
  });

  it('leaves out unknown keys and keeps the rest', () => {
    const stored = { ...draft(), theme: 'dark', nested: { a: 1 } };
    const parsed = parseDraft(JSON.stringify(stored));
    assert.deepEqual(parsed, draft());
    assert.equal(Object.hasOwn(parsed ?? {}, 'theme'), false);
  });

  it('drops an invalid urgency record but keeps the words', () => {
    const stored = { ...draft(), urgency: { decision: 'maybe', checkedAt: 'now', findings: 'chest-pain' } };
    const parsed = parseDraft(JSON.stringify(stored));
    assert.ok(parsed);
    assert.equal(parsed.urgency, undefined);
    assert.equal(parsed.message, draft().message);
  });

  it('cannot pollute prototypes through the answers', () => {
    const parsed = parseDraft('{"version":1,"savedAt":"2026-11-21T10:00:00Z","answers":{"__proto__":{"polluted":"yes"},"a":"b"},"message":"x"}');
    assert.ok(parsed);
    assert.deepEqual(Object.keys(parsed.answers), ['a']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((parsed.answers as Record<string, unknown>).polluted, undefined);
  });
});

describe('createDraft', () => {
  it('stamps the version and the time and copies the content', () => {
    const answers = { medication: 'Metformin' };
    const created = createDraft({ answers, message: 'Hi', category: 'prescription' }, new Date('2026-11-21T10:00:00Z'));
    assert.deepEqual(created, { version: 1, savedAt: '2026-11-21T10:00:00.000Z', answers: { medication: 'Metformin' }, message: 'Hi', category: 'prescription' });
    answers.medication = 'changed';
    assert.equal(created.answers.medication, 'Metformin');
    assert.deepEqual(parseDraft(serializeDraft(created)), created);
  });
});

describe('isDraftEmpty', () => {
  it('is empty without words of the patient', () => {
    assert.equal(isDraftEmpty({ answers: {}, message: '' }), true);
    assert.equal(isDraftEmpty({ answers: { a: ' ' }, message: '\n ', category: 'prescription', regarding: 'self' }), true);
    assert.equal(isDraftEmpty({ answers: {}, message: '', subject: 'Prescription or refill', subjectEdited: false }), true);
  });

  it('is not empty with a message, an answer or an edited subject', () => {
    assert.equal(isDraftEmpty({ answers: {}, message: 'x' }), false);
    assert.equal(isDraftEmpty({ answers: { a: 'x' }, message: '' }), false);
    assert.equal(isDraftEmpty({ answers: {}, message: '', subject: 'Mine', subjectEdited: true }), false);
  });
});
