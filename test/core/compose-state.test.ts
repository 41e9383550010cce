import { describe, it } from 'node:test';
import { composeEnv, run } from './compose-env.js';
import assert from 'node:assert/strict';
import { countCharacters } from '../../src/core/count-characters.js';
import { derive } from '../../src/core/compose/derive.js';
import { memoizeLast } from '../../src/core/memoize-last.js';
import { characterLimit } from '../../src/core/budget.js';
import { resolveSettings, milliseconds, phoneNumber } from '../../src/core/compose/settings.js';
import { fromSnapshot, snapshot } from '../../src/core/compose/snapshot.js';
import { initialState } from '../../src/core/compose/state.js';
import { transition, type ComposeAction } from '../../src/core/compose/transitions.js';
import { asksWhenWritingStarts, asksWhileScreeningLoads, questionAtReview } from '../../src/core/compose/urgency-step.js';
import { createDraft } from '../../src/core/draft.js';
import { parseDraft } from '../../src/core/draft-schema.js';
import type { MessagePayload } from '../../src/core/payload-schema.js';

const env = composeEnv({ limit: 200 });

const refill = { medication: 'Metformin', dose: '500 mg', pharmacy: 'Main Street Pharmacy' };
const payload = (id: string) => ({ id }) as MessagePayload;

describe('compose transitions', () => {
  it('never change the state they are given', () => {
    const before = run({ type: 'choose', category: 'prescription' });
    const frozen = JSON.stringify(before);
    transition(before, { type: 'type', message: 'Hello' });
    transition(before, { type: 'reset' });
    assert.equal(JSON.stringify(before), frozen);
  });

  it('the check when writing starts is due when the patient starts writing, not when they browse the categories (#16)', () => {
    const browsed = run({ type: 'choose', category: 'prescription' }, { type: 'choose', category: 'other' });
    assert.equal(browsed.checkDue, false);
    const chosen = transition(browsed, { type: 'start-writing' });
    assert.equal(chosen.checkDue, true);
    assert.equal(transition(chosen, { type: 'start-writing' }), chosen, 'due once');
    assert.equal(asksWhenWritingStarts(chosen, 'both'), true);
    assert.equal(asksWhenWritingStarts(chosen, 'send'), false);
    const answered = transition(chosen, { type: 'decide', answer: { decision: 'continued', checkedAt: '2026-12-01T10:00:00Z', findings: [], reported: [] } });
    assert.equal(answered.checkDue, false);
    assert.equal(transition(answered, { type: 'start-writing' }).checkDue, false, 'asked once per message');
  });

  it('a retry of the same message keeps its id; any change to the content gives a new one (#15.2)', () => {
    const reviewed = run({ type: 'choose', category: 'prescription' }, { type: 'answer', answers: refill }, { type: 'review', payload: payload('first') });
    const failed = transition(transition(reviewed, { type: 'send' }), { type: 'failed' });
    assert.equal(failed.sendFailed, true);
    const edited = transition(failed, { type: 'edit' });
    assert.equal(edited.phase, 'compose');
    assert.equal(edited.payloadId, 'first', 'Edit alone: the same message, the same id');
    assert.equal(edited.payload, undefined);
    for (const change of [
      { type: 'answer', answers: { ...refill, medication: 'Warfarin' } },
      { type: 'type', message: 'and one more thing' },
      { type: 'edit-subject', subject: 'Warfarin' },
      { type: 'regard', regarding: 'other' },
      { type: 'attach', files: [] },
      { type: 'restore', draft: { message: 'x' } },
    ] as ComposeAction[]) {
      assert.equal(transition(edited, change).payloadId, undefined, change.type);
    }
    assert.equal(transition(edited, { type: 'decide', answer: { decision: 'continued', checkedAt: '2026-12-01T10:00:00Z', findings: [] } }).payloadId, 'first');
  });

  it('reset clears what was written but not the understood rules', () => {
    const written = run({ type: 'acknowledge', checked: true }, { type: 'choose', category: 'other' }, { type: 'type', message: 'Hi' }, { type: 'show-errors' });
    const reset = transition(written, { type: 'reset' });
    assert.deepEqual({ ...reset, acknowledged: false }, initialState);
    assert.equal(reset.acknowledged, true);
  });

  it('restore accepts anything a script passes: null changes nothing, numbers become text (#15.7)', () => {
    const before = run({ type: 'choose', category: 'other' });
    assert.equal(transition(before, { type: 'restore', draft: null }), before);
    assert.equal(transition(before, { type: 'restore', draft: 'text' }), before);
    const restored = transition(before, { type: 'restore', draft: { category: 'prescription', answers: { dose: 5, pharmacy: null, medication: 'Metformin' }, message: 42, regarding: 'nobody' } });
    assert.deepEqual(restored.answers, { dose: '5', medication: 'Metformin' });
    assert.equal(restored.message, '42');
    assert.equal(restored.regarding, '');
    assert.equal(restored.category, 'prescription');
  });

  it('forgets a category the host no longer offers', () => {
    const chosen = run({ type: 'choose', category: 'billing' });
    assert.equal(transition(chosen, { type: 'categories', ids: ['billing', 'other'] }), chosen);
    assert.equal(transition(chosen, { type: 'categories', ids: ['other'] }).category, '');
  });

  it('remembers the red flags reported and the findings gone on past', () => {
    const checked = run({ type: 'decide', answer: { decision: 'continued', checkedAt: 't1', findings: [], reported: ['chest-pain'] } });
    const guided = transition(checked, { type: 'decide', answer: { decision: 'continued', checkedAt: 't2', findings: ['chest-pain'] } });
    assert.deepEqual(guided.urgency?.reported, ['chest-pain']);
    assert.deepEqual(guided.urgency?.continuedPast, ['chest-pain']);
    const cancelled = transition(guided, { type: 'decide', answer: { decision: 'cancelled', checkedAt: 't3', findings: ['stroke-signs'] } });
    assert.deepEqual(cancelled.urgency?.continuedPast, ['chest-pain'], 'a cancel is not going on past');
  });
});

describe('derive', () => {
  it('assembles the body, counts it and suggests a subject from the key answer', () => {
    const state = run({ type: 'regard', regarding: 'other' }, { type: 'choose', category: 'prescription' }, { type: 'answer', answers: refill }, { type: 'type', message: 'Thanks' });
    const derived = derive(state, env);
    assert.match(derived.body, /^Who is this message about\? Someone else\n/);
    assert.match(derived.body, /Message:\nThanks$/);
    assert.equal(derived.count, countCharacters(derived.body));
    assert.match(derived.subject, /Metformin/);
    assert.equal(derived.screenedText, `${derived.subject}\n${derived.body}`);
    assert.equal(derive(transition(state, { type: 'edit-subject', subject: '' }), env).subject, '', 'an emptied subject is the patient’s');
  });

  it('lists what blocks sending in the order of the form, with message keys', () => {
    assert.deepEqual(derive(initialState, env).problems, [{ target: 'category', message: 'categoryLegend' }]);
    const chosen = derive(run({ type: 'choose', category: 'prescription' }), env);
    const required = chosen.category!.prompts.filter((prompt) => prompt.required).map((prompt) => `prompt:${prompt.id}`);
    assert.ok(required.length > 0);
    assert.deepEqual(
      chosen.problems.map((problem) => problem.target),
      ['regarding', ...required],
      'who it is about, then the required answers in order (the subject is suggested; "write your message" would ask for a field marked optional)',
    );
    assert.deepEqual(chosen.problems.find((problem) => problem.target === required[0])?.params?.name, chosen.category!.prompts.find((p) => p.required)!.label.replace(/[?:]$/, '').toLowerCase());
    const long = derive(run({ type: 'regard', regarding: 'self' }, { type: 'choose', category: 'other' }, { type: 'answer', answers: { topic: 'x' } }, { type: 'type', message: 'é'.repeat(300) }), env);
    assert.deepEqual(long.problems.at(-1), { target: 'message', message: 'errorOverBudget' });
    assert.equal(long.budget.state, 'over');
  });

  it('checks what blocks sending only when asked (Review, the problems shown), not on every keystroke', () => {
    let checks = 0;
    const counted = { ...env, validate: (input: Parameters<NonNullable<typeof env.validate>>[0]) => (checks++, env.validate!(input)) };
    const typed = derive(run({ type: 'choose', category: 'other' }, { type: 'type', message: 'hello' }), counted);
    assert.equal(checks, 0, 'deriving does not validate');
    assert.ok(typed.problems.length > 0);
    assert.equal(typed.problems, typed.problems, 'the same list each time it is read');
    assert.equal(checks, 1, 'validated once, when read');
  });

  it('a subject or an answer of only invisible characters is missing', () => {
    const state = run({ type: 'regard', regarding: 'self' }, { type: 'choose', category: 'other' }, { type: 'answer', answers: { topic: '\u202E\u2066\u200F' } }, { type: 'edit-subject', subject: '\u200B\u202E' }, { type: 'type', message: 'Hi' });
    const targets = derive(state, env).problems.map((problem) => problem.target);
    assert.ok(targets.includes('subject'));
    assert.ok(targets.includes('prompt:topic'));
  });

  it('shows the write step only after the rules are understood and a redirect is declined', () => {
    const gated = { ...env, requireAcknowledgement: true };
    assert.deepEqual(derive(run({ type: 'choose', category: 'other' }), gated).shows, { choices: false, redirect: false, write: false, briefRules: false });
    const refillState = run({ type: 'acknowledge', checked: true }, { type: 'choose', category: 'prescription' });
    const hasRedirect = Boolean(derive(refillState, gated).category?.redirect);
    assert.equal(derive(refillState, gated).shows.write, !hasRedirect);
    assert.equal(derive(transition(refillState, { type: 'decline-redirect' }), gated).shows.write, true);
  });

  it('keeps the rules whole until a category is chosen, and while they are to be acknowledged', () => {
    assert.equal(derive(initialState, env).shows.briefRules, false);
    assert.equal(derive(run({ type: 'choose', category: 'other' }), env).shows.briefRules, true);
    assert.equal(derive(run({ type: 'choose', category: 'other' }), { ...env, requireAcknowledgement: true }).shows.briefRules, false);
  });
});

describe('the urgency question at Review', () => {
  const found = { level: 'emergency' as const, findings: ['chest-pain'] };
  const none = { level: 'none' as const, findings: [] };
  const continued = (findings: string[]) => run({ type: 'decide', answer: { decision: 'continued', checkedAt: 't', findings } });
  it('asks about findings not yet gone on past, else the routine check until answered', () => {
    assert.equal(questionAtReview(initialState, 'both', found), 'emergency');
    assert.equal(questionAtReview(continued(['chest-pain']), 'both', found), undefined);
    assert.equal(questionAtReview(initialState, 'both', none), 'check');
    assert.equal(questionAtReview(continued([]), 'both', none), undefined);
    assert.equal(questionAtReview(continued([]), 'open', found), undefined, '"open" asks only when writing starts');
    assert.equal(questionAtReview(initialState, 'off', found), undefined);
  });

  it('asks the red flags while the screening loads only where Review may ask something', () => {
    assert.equal(asksWhileScreeningLoads(continued([]), 'both'), true, 'the screening may find something');
    assert.equal(asksWhileScreeningLoads(initialState, 'send'), true);
    assert.equal(asksWhileScreeningLoads(initialState, 'open'), true, 'the routine check is still unanswered');
    assert.equal(asksWhileScreeningLoads(continued([]), 'open'), false, '"open" asks nothing more once answered');
    assert.equal(asksWhileScreeningLoads(initialState, 'off'), false);
  });
});

describe('memoizeLast', () => {
  it('computes again only when an argument changed, by identity', () => {
    let calls = 0;
    const sum = memoizeLast((a: number, b: { n: number }) => (calls++, a + b.n));
    const b = { n: 2 };
    assert.equal(sum(1, b), 3);
    assert.equal(sum(1, b), 3);
    assert.equal(calls, 1);
    assert.equal(sum(1, { n: 2 }), 3, 'an equal but new object counts as a change');
    assert.equal(sum(2, b), 4);
    assert.equal(calls, 3);
  });
});

describe('settings from attributes (#15.5, #15.8)', () => {
  it('fall back to the defaults for values that cannot work', () => {
    for (const bad of ['abc', 0, -1, '', null, undefined, NaN]) assert.equal(milliseconds(bad, 30_000, 600_000), 30_000, String(bad));
    assert.equal(milliseconds(1e12, 30_000, 600_000), 600_000);
    assert.equal(milliseconds('1500', 30_000, 600_000), 1500);
    assert.equal(phoneNumber(''), undefined);
    assert.equal(phoneNumber('   '), undefined);
    assert.equal(phoneNumber(' 112 '), '112');
    assert.equal(characterLimit(-5), 2000);
    assert.equal(characterLimit('80.9'), 80);
    const settings = resolveSettings({ maxLength: NaN, urgencyCheck: 'sometimes', submitTimeout: 'abc', emergencyNumber: '', crisisNumber: ' ', onCallNumber: '' });
    assert.deepEqual(settings, { limit: 2000, checkMode: 'both', submitTimeout: 30_000, emergencyNumber: '911', crisisNumber: '988', onCallNumber: undefined });
  });
});

describe('one snapshot format for drafts and form state', () => {
  it('goes out and comes back through the draft schema unchanged', () => {
    const state = run({ type: 'regard', regarding: 'self' }, { type: 'choose', category: 'prescription' }, { type: 'answer', answers: refill }, { type: 'type', message: 'Thanks' });
    const back = parseDraft(JSON.stringify(createDraft(snapshot(state))));
    assert.ok(back);
    const restored = transition(initialState, { type: 'restore', draft: fromSnapshot(back) });
    assert.deepEqual(derive(restored, env).body, derive(state, env).body);
    assert.equal(restored.subject, undefined, 'a suggested subject is suggested again');
    const own = transition(state, { type: 'edit-subject', subject: 'My refill' });
    assert.equal(transition(initialState, { type: 'restore', draft: fromSnapshot(parseDraft(JSON.stringify(createDraft(snapshot(own))))!) }).subject, 'My refill');
  });
});
