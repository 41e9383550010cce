import { describe, it } from 'node:test';
import { composeEnv, run } from './compose-env.js';
import assert from 'node:assert/strict';
import { buildPayload } from '../../src/core/build-payload.js';
import { composeConfigSchema } from '../../src/core/config-schema.js';
import { derive, type ComposeEnv } from '../../src/core/compose/derive.js';
import { snapshot, fromSnapshot } from '../../src/core/compose/snapshot.js';
import { transition } from '../../src/core/compose/transitions.js';
import { createDraft } from '../../src/core/draft.js';
import { parseDraft } from '../../src/core/draft-schema.js';
import { messagePayloadSchema } from '../../src/core/payload-schema.js';
import { matchesSearch, recipientLists, recipientsFor, resolveRecipient } from '../../src/core/recipients.js';

// config.recipients (#17 item 1): care teams and clinicians, the recent ones first.

const config = [
  { id: 'team-derm', label: 'Dermatology', group: 'Eastside Clinic', categories: ['medical-question', 'test-results'] },
  { id: 'team-pc', label: { en: 'Primary care team', es: 'Equipo de atención primaria' }, group: 'Main Street Clinic', recent: true },
  { id: 'team-card', label: 'Cardiology', group: 'Main Street Clinic' },
  { id: 'pharm', label: 'Pharmacy', group: 'Eastside Clinic', categories: ['prescription'] },
];
const recipients = config.map((recipient) => resolveRecipient(recipient, 'en'));
const env = composeEnv({ recipients: recipientLists(config, 'en') });
const question = { concern: 'A rash', since: 'Monday', question: 'Is it shingles?' };

describe('recipients', () => {
  it('lists those that take the category: recent first, then by facility and name', () => {
    assert.deepEqual(
      recipientsFor(recipients, 'medical-question').map((r) => r.id),
      ['team-pc', 'team-derm', 'team-card'],
    );
    assert.deepEqual(
      recipientsFor(recipients, 'prescription').map((r) => r.id),
      ['team-pc', 'pharm', 'team-card'],
    );
  });

  it('speaks the patient’s language and searches names and facilities, ignoring case and accents', () => {
    const spanish = resolveRecipient(config[1]!, 'es');
    assert.equal(spanish.label, 'Equipo de atención primaria');
    assert.equal(matchesSearch(spanish, 'ATENCION'), true);
    assert.equal(matchesSearch(spanish, 'main primaria'), true);
    assert.equal(matchesSearch(spanish, 'derm'), false);
  });

  it('takes the only one there is, and never one that cannot take the category', () => {
    const only: ComposeEnv = { ...env, recipients: recipientLists([config[3]!], 'en') };
    assert.equal(derive(run({ type: 'choose', category: 'prescription' }), only).recipient?.id, 'pharm');
    assert.deepEqual(derive(run({ type: 'choose', category: 'prescription' }), only).problems.filter((p) => p.target === 'recipient'), []);
    assert.equal(derive(run({ type: 'choose', category: 'medical-question' }, { type: 'choose-recipient', recipient: 'pharm' }), env).recipient, undefined);
  });

  it('is required while the category has several, and goes into the payload and the draft', () => {
    const state = run({ type: 'regard', regarding: 'self' }, { type: 'choose', category: 'medical-question' }, { type: 'answer', answers: question });
    assert.deepEqual(derive(state, env).problems.map((p) => p.target), ['recipient']);
    const chosen = transition(state, { type: 'choose-recipient', recipient: 'team-derm' });
    const derived = derive(chosen, env);
    assert.deepEqual(derived.problems, []);
    assert.equal(derived.recipient?.label, 'Dermatology');
    const payload = buildPayload({
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      createdAt: new Date('2026-12-01T10:00:00Z'),
      locale: 'en',
      category: { id: 'medical-question', label: 'Non-urgent medical question' },
      recipient: { id: derived.recipient!.id, label: derived.recipient!.label },
      subject: derived.subject,
      fields: derived.fields,
      message: '',
      messageLabel: 'Message',
      urgency: { level: 'none', findings: [], decision: 'continued', checkedAt: '2026-12-01T09:59:00Z' },
      characterLimit: 2000,
    });
    assert.deepEqual(messagePayloadSchema.parse(payload).recipient, { id: 'team-derm', label: 'Dermatology' });
    const restored = parseDraft(JSON.stringify(createDraft(snapshot(chosen), new Date())));
    assert.equal(run({ type: 'restore', draft: fromSnapshot(restored!) }).recipient, 'team-derm');
  });

  it('a category the chosen team does not take asks again; searching changes nothing the message says', () => {
    const chosen = run({ type: 'choose', category: 'medical-question' }, { type: 'choose-recipient', recipient: 'team-derm' });
    const moved = transition(chosen, { type: 'choose', category: 'prescription' });
    assert.equal(derive(moved, env).recipient, undefined);
    const searched = transition(chosen, { type: 'search-recipients', query: 'card' });
    assert.equal(searched.payloadId, chosen.payloadId);
    assert.equal(snapshot(searched).recipient, 'team-derm');
  });

  it('config: ids are the host’s own but unique, and categories are category ids', () => {
    assert.equal(composeConfigSchema.safeParse({ recipients: config }).success, true);
    assert.equal(composeConfigSchema.safeParse({ recipients: [config[0], config[0]] }).success, false);
    assert.equal(composeConfigSchema.safeParse({ recipients: [] }).success, false);
    assert.equal(composeConfigSchema.safeParse({ recipients: [{ id: 'x', label: 'X', categories: ['Not An Id'] }] }).success, false);
  });
});
