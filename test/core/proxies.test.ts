import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPayload } from '../../src/core/build-payload.js';
import { derive } from '../../src/core/compose/derive.js';
import { fromSnapshot, snapshot } from '../../src/core/compose/snapshot.js';
import { initialState } from '../../src/core/compose/state.js';
import { transition } from '../../src/core/compose/transitions.js';
import { composeConfigSchema, type ProxiesConfig } from '../../src/core/config-schema.js';
import { createDraft, serializeDraft } from '../../src/core/draft.js';
import { parseDraft } from '../../src/core/draft-schema.js';
import { messagePayloadSchema } from '../../src/core/payload-schema.js';
import { chooseProxy, proxiesApply, proxyVisibility } from '../../src/core/proxies.js';
import { composeEnv, run } from './compose-env.js';

// config.proxies: the patient chooses, per message, which of their proxies may see it.

const proxies: ProxiesConfig = {
  people: [
    { id: 'p-maria', label: { en: 'Maria Lopez (your daughter)', es: 'Maria Lopez (su hija)' } },
    { id: 'p-john', label: 'John Lopez (your husband)' },
  ],
};
const env = composeEnv({ proxies: proxyVisibility(proxies, 'en') });
const written = run({ type: 'regard', regarding: 'self' }, { type: 'choose', category: 'medical-question' }, { type: 'type', message: 'A rash since Monday.' });
const ids = (derived: ReturnType<typeof derive>) => derived.proxies && { visibleTo: derived.proxies.visibleTo, hiddenFrom: derived.proxies.hiddenFrom };

describe('config.proxies', () => {
  it('is validated: ids as ids, each its own, a default of all or none, labels in either language', () => {
    assert.equal(composeConfigSchema.safeParse({ proxies }).success, true);
    assert.equal(composeConfigSchema.safeParse({ proxies: { people: [] } }).success, true, 'an empty list turns the choice off');
    assert.equal(composeConfigSchema.safeParse({ proxies: { ...proxies, default: 'none', categories: ['medical-question'], help: { es: 'Ayuda' } } }).success, true);
    const fails = (value: unknown) => assert.equal(composeConfigSchema.safeParse({ proxies: value }).success, false, JSON.stringify(value));
    fails({});
    fails({ people: [{ id: 'P 1', label: 'Maria' }] });
    fails({ people: [{ id: 'p-1', label: ' ' }] });
    fails({ people: [{ id: 'p-1', label: 'Maria' }, { id: 'p-1', label: 'John' }] });
    fails({ ...proxies, default: 'some' });
    fails({ ...proxies, help: '' });
    fails({ ...proxies, extra: true });
  });

  it('offers the choice where proxies are listed and the category is one of theirs', () => {
    assert.equal(proxiesApply(undefined, 'other'), false);
    assert.equal(proxiesApply({ people: [] }, 'other'), false);
    assert.equal(proxiesApply(proxies, 'other'), true);
    assert.equal(proxiesApply({ ...proxies, categories: ['medical-question'] }, 'other'), false);
    assert.equal(proxiesApply({ ...proxies, categories: ['medical-question'] }, 'medical-question'), true);
  });

  it('checks everyone by default, no one with default none, in the patient’s language', () => {
    const derived = derive(written, env);
    assert.deepEqual(derived.proxies?.people, [
      { id: 'p-maria', label: 'Maria Lopez (your daughter)', visible: true },
      { id: 'p-john', label: 'John Lopez (your husband)', visible: true },
    ]);
    assert.deepEqual(ids(derived), { visibleTo: ['p-maria', 'p-john'], hiddenFrom: [] });
    assert.deepEqual(ids(derive(written, composeEnv({ proxies: proxyVisibility({ ...proxies, default: 'none' }, 'es') }))), { visibleTo: [], hiddenFrom: ['p-maria', 'p-john'] });
    assert.equal(derive(written, composeEnv({ proxies: proxyVisibility(proxies, 'es') })).proxies?.people[0]?.label, 'Maria Lopez (su hija)');
  });

  it('changes nothing without config.proxies, with an empty list, before a category, or in a category not listed', () => {
    assert.equal(derive(written, composeEnv()).proxies, undefined);
    assert.equal(derive(written, composeEnv({ proxies: proxyVisibility(undefined, 'en') })).proxies, undefined);
    assert.equal(derive(written, composeEnv({ proxies: proxyVisibility({ people: [] }, 'en') })).proxies, undefined);
    assert.equal(derive(initialState, env).proxies, undefined);
    assert.equal(derive(written, composeEnv({ proxies: proxyVisibility({ ...proxies, categories: ['prescription'] }, 'en') })).proxies, undefined);
    assert.equal(snapshot(written).proxies, undefined, 'no key in a draft');
  });

  it('unchecking one hides the message from them alone, and makes a new message (a new id)', () => {
    const visibility = derive(written, env).proxies!;
    const choices = chooseProxy(visibility, 'p-john', false);
    assert.deepEqual(choices, { 'p-maria': true, 'p-john': false });
    const reviewed = { ...transition(written, { type: 'choose-proxies', choices }), payloadId: 'x' };
    assert.deepEqual(ids(derive(reviewed, env)), { visibleTo: ['p-maria'], hiddenFrom: ['p-john'] });
    assert.equal(transition(reviewed, { type: 'choose-proxies', choices: { 'p-maria': true, 'p-john': true } }).payloadId, undefined);
    assert.deepEqual(transition(reviewed, { type: 'reset' }).proxyChoices, {}, 'a new message starts from the default');
  });

  it('counts an id the config no longer lists for nothing, and drops it at the next choice', () => {
    const stale = transition(written, { type: 'choose-proxies', choices: { 'p-gone': false, 'p-john': false } });
    const derived = derive(stale, env);
    assert.deepEqual(ids(derived), { visibleTo: ['p-maria'], hiddenFrom: ['p-john'] });
    assert.deepEqual(chooseProxy(derived.proxies!, 'p-maria', false), { 'p-maria': false, 'p-john': false });
  });

  it('is kept in drafts and form state by id, and read back checked, entry by entry', () => {
    const chosen = transition(written, { type: 'choose-proxies', choices: { 'p-maria': true, 'p-john': false } });
    const stored = serializeDraft(createDraft(snapshot(chosen), new Date('2026-12-02T15:00:00Z')));
    assert.doesNotMatch(stored, /Lopez/, 'ids only: no names in storage');
    const read = parseDraft(stored)!;
    assert.deepEqual(read.proxies, { 'p-maria': true, 'p-john': false });
    const restored = transition(initialState, { type: 'restore', draft: fromSnapshot(read) });
    assert.deepEqual(ids(derive(restored, env)), { visibleTo: ['p-maria'], hiddenFrom: ['p-john'] });
    // Malformed entries go; the words and the other choices stay.
    const tampered = parseDraft({ ...JSON.parse(stored), proxies: { 'p-john': false, 'p-maria': 'yes', 'Not An Id': false } })!;
    assert.equal(tampered.message, 'A rash since Monday.');
    assert.deepEqual(tampered.proxies, { 'p-john': false });
    assert.equal(parseDraft({ ...JSON.parse(stored), proxies: ['p-john'] })?.proxies, undefined);
    assert.equal(parseDraft({ ...JSON.parse(stored), proxies: 'p-john' })?.message, 'A rash since Monday.');
    // A host's prefill: what is not a boolean is left out.
    assert.deepEqual(transition(initialState, { type: 'restore', draft: { proxies: { 'p-john': false, 'p-maria': 1 } } }).proxyChoices, { 'p-john': false });
  });

  it('is sent as proxyVisibility, ids only, and validates; no key without it', () => {
    const chosen = transition(written, { type: 'choose-proxies', choices: { 'p-maria': false, 'p-john': true } });
    const derived = derive(chosen, env);
    const input = {
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      createdAt: new Date('2026-12-02T15:30:00Z'),
      locale: 'en' as const,
      category: { id: 'medical-question', label: 'Medical question' },
      subject: derived.subject,
      fields: derived.fields,
      message: chosen.message,
      messageLabel: 'Message',
      urgency: { level: 'none' as const, findings: [], decision: 'continued' as const, checkedAt: '2026-12-02T15:29:00Z' },
      characterLimit: 2000,
    };
    const payload = messagePayloadSchema.parse(buildPayload({ ...input, proxyVisibility: ids(derived) }));
    assert.deepEqual(payload.proxyVisibility, { visibleTo: ['p-john'], hiddenFrom: ['p-maria'] });
    assert.doesNotMatch(JSON.stringify(payload), /Lopez/);
    assert.equal('proxyVisibility' in messagePayloadSchema.parse(buildPayload(input)), false);
  });
});
