import { describe, it } from 'node:test';
import { composeEnv, run } from './compose-env.js';
import assert from 'node:assert/strict';
import { DEFAULT_CATEGORIES } from '../../src/core/catalog.js';
import { buildPayload } from '../../src/core/build-payload.js';
import { composeConfigSchema } from '../../src/core/config-schema.js';
import { countCharacters } from '../../src/core/count-characters.js';
import { derive, type ComposeEnv } from '../../src/core/compose/derive.js';
import { initialState } from '../../src/core/compose/state.js';
import { transition } from '../../src/core/compose/transitions.js';
import { messagePayloadSchema } from '../../src/core/payload-schema.js';
import { resolveCategory } from '../../src/core/resolve-catalog.js';

// config.signature (#17 item 3): full name and a certify box; the body ends with the signed line.

const env = composeEnv({ signature: { categories: ['prescription'], line: (name) => `Signed electronically by ${name} on December 2, 2026.` } });
const refill = { medication: 'Metformin', dose: '500 mg', pharmacy: 'Main St' };
const written = run({ type: 'regard', regarding: 'self' }, { type: 'choose', category: 'prescription' }, { type: 'answer', answers: refill });

describe('signature', () => {
  it('is asked for in the categories given: a name and the box, each its own problem', () => {
    assert.deepEqual(derive(written, env).problems.map((p) => p.target), ['signature-name', 'signature-certify']);
    assert.deepEqual(derive(transition(written, { type: 'sign', name: '  \u200B ' }), env).problems.map((p) => p.target), ['signature-name', 'signature-certify'], 'a name of blanks is no name');
    const other = run({ type: 'regard', regarding: 'self' }, { type: 'choose', category: 'other' }, { type: 'answer', answers: { topic: 'A form' } });
    assert.equal(derive(other, env).signing, false);
    assert.deepEqual(derive(other, env).problems, []);
  });

  it('ends the body with the signed line, counted, and the payload carries name and time', () => {
    const signed = transition(transition(written, { type: 'sign', name: 'Ana López' }), { type: 'sign', certified: true });
    const derived = derive(signed, env);
    assert.deepEqual(derived.problems, []);
    assert.match(derived.body, /Pharmacy: Main St\n\nSigned electronically by Ana López on December 2, 2026\.$/);
    assert.equal(derived.count, countCharacters(derived.body));
    const payload = buildPayload({
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      createdAt: new Date('2026-12-02T15:30:00Z'),
      locale: 'en',
      category: { id: 'prescription', label: 'Prescription or refill' },
      subject: derived.subject,
      fields: derived.fields,
      message: signed.message,
      messageLabel: 'Message',
      urgency: { level: 'none', findings: [], decision: 'continued', checkedAt: '2026-12-02T15:29:00Z' },
      characterLimit: 2000,
      signature: { name: signed.signatureName, signedAt: '2026-12-02T15:30:00.000Z' },
      signedLine: derived.signedLine,
    });
    const parsed = messagePayloadSchema.parse(payload);
    assert.equal(parsed.body, derived.body, 'the body sent is the body counted');
    assert.deepEqual(parsed.signature, { name: 'Ana López', signedAt: '2026-12-02T15:30:00.000Z' });
  });

  it('a changed name or box is a changed message (a new id); config needs a statement', () => {
    const reviewed = { ...written, payloadId: 'x' };
    assert.equal(transition(reviewed, { type: 'sign', certified: true }).payloadId, undefined);
    assert.equal(composeConfigSchema.safeParse({ signature: { statement: 'I certify this is true.' } }).success, true);
    assert.equal(composeConfigSchema.safeParse({ signature: {} }).success, false);
    assert.equal(composeConfigSchema.safeParse({ signature: { statement: ' ' } }).success, false);
  });
});

describe('reply mode (config.replyTo, #17 item 2)', () => {
  const replyEnv: ComposeEnv = {
    ...env,
    signature: undefined,
    reply: 'open',
    categories: [{ ...resolveCategory(DEFAULT_CATEGORIES.find((c) => c.id === 'test-results')!, 'en'), prompts: [], subject: 'Re: Your lab results' }],
  };

  it('answers in the conversation’s category, asks nothing else, and suggests “Re: …”', () => {
    const derived = derive(transition(initialState, { type: 'type', message: 'Thank you, doctor.' }), replyEnv);
    assert.equal(derived.category?.id, 'test-results');
    assert.deepEqual(derived.shows, { choices: false, redirect: false, write: true, briefRules: true });
    assert.equal(derived.subject, 'Re: Your lab results');
    assert.deepEqual(derived.problems, []);
  });

  it('shows no form when the host closed replies', () => {
    assert.equal(derive(initialState, { ...replyEnv, reply: 'closed' }).shows.write, false);
  });
});
