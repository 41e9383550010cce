import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { combineUrgency, DEFAULT_HOST_TIMEOUT_MS, runHostCheck, validateHostResult, type HostUrgencyContext } from '../../src/core/combine-urgency.js';
import { settleWithin } from '../../src/core/settle-within.js';
import { DEFAULT_RED_FLAGS, resolveRedFlags } from '../../src/core/red-flags.js';

const routine = { level: 'none' as const, findings: [] };
const chestPain = { level: 'emergency' as const, findings: [{ id: 'chest-pain' }] };

describe('validateHostResult', () => {
  it('accepts the documented shape and copies only what it knows', () => {
    assert.deepEqual(validateHostResult({ level: 'none' }), { level: 'none' });
    assert.deepEqual(
      validateHostResult({ level: 'crisis', findings: [{ id: ' si-risk ', label: { en: 'thoughts of self-harm', es: 'pensamientos de hacerse daño' }, score: 0.93 }], model: 'v7' }),
      { level: 'crisis', findings: [{ id: 'si-risk', label: { en: 'thoughts of self-harm', es: 'pensamientos de hacerse daño' } }] },
    );
    assert.deepEqual(validateHostResult({ level: 'urgent', findings: [{ id: 'uti', label: 'a urinary infection' }, { id: 'x' }] }), {
      level: 'urgent',
      findings: [{ id: 'uti', label: 'a urinary infection' }, { id: 'x' }],
    });
  });

  it('rejects anything else, without throwing', () => {
    for (const bad of [
      undefined,
      null,
      'emergency',
      42,
      [],
      {},
      { level: 'EMERGENCY' },
      { level: 'high' },
      { level: 'urgent', findings: 'fever' },
      { level: 'urgent', findings: [{}] },
      { level: 'urgent', findings: [{ id: '' }] },
      { level: 'urgent', findings: [{ id: 7 }] },
      { level: 'urgent', findings: [{ id: 'a', label: 5 }] },
      { level: 'urgent', findings: [{ id: 'a', label: {} }] },
      { level: 'urgent', findings: [{ id: 'a', label: { en: '' } }] },
      { level: 'urgent', findings: [{ id: 'a', label: 'x'.repeat(201) }] },
      { level: 'urgent', findings: Array.from({ length: 21 }, (_, i) => ({ id: `f${i}` })) },
    ]) {
      assert.equal(validateHostResult(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('runHostCheck', () => {
  it('passes the text, the locale and an abort signal, and returns a valid answer', async () => {
    let seen: { text: string; context: HostUrgencyContext } | undefined;
    const outcome = await runHostCheck(
      async (text, context) => {
        seen = { text, context };
        return { level: 'urgent', findings: [{ id: 'uti' }] };
      },
      'Burning when I pee',
      { locale: 'es' },
    );
    assert.deepEqual(outcome, { status: 'ok', result: { level: 'urgent', findings: [{ id: 'uti' }] } });
    assert.equal(seen?.text, 'Burning when I pee');
    assert.equal(seen?.context.locale, 'es');
    assert.equal(seen?.context.signal.aborted, false);
  });

  it('accepts a synchronous answer', async () => {
    assert.deepEqual(await runHostCheck(() => ({ level: 'none' }), 'x', { locale: 'en' }), { status: 'ok', result: { level: 'none' } });
  });

  it('a check that throws, rejects or answers in the wrong shape ends as "error"', async () => {
    const throwing = () => {
      throw new Error('model offline');
    };
    assert.deepEqual(await runHostCheck(throwing, 'x', { locale: 'en' }), { status: 'error' });
    assert.deepEqual(await runHostCheck(() => Promise.reject(new Error('500')), 'x', { locale: 'en' }), { status: 'error' });
    assert.deepEqual(await runHostCheck(async () => ({ level: 'severe' }) as never, 'x', { locale: 'en' }), { status: 'error' });
    assert.deepEqual(await runHostCheck(async () => undefined as never, 'x', { locale: 'en' }), { status: 'error' });
  });

  it('a check slower than the time limit ends as "timeout", its signal aborted and its late answer ignored', async () => {
    let signal: AbortSignal | undefined;
    let answer!: (value: { level: 'emergency' }) => void;
    const started = Date.now();
    const outcome = await runHostCheck(
      (_text, context) => {
        signal = context.signal;
        return new Promise((resolve) => (answer = resolve));
      },
      'x',
      { locale: 'en', timeout: 30 },
    );
    assert.deepEqual(outcome, { status: 'timeout' });
    assert.ok(Date.now() - started < 1000);
    assert.equal(signal?.aborted, true);
    answer({ level: 'emergency' });
    assert.deepEqual(outcome, { status: 'timeout' });
  });

  it('waits 3 seconds by default', () => {
    assert.equal(DEFAULT_HOST_TIMEOUT_MS, 3000);
  });
});

describe('combineUrgency', () => {
  it('without a host check, is the built-in result and says the built-in screen ran', () => {
    assert.deepEqual(combineUrgency(chestPain, undefined, 'en'), {
      level: 'emergency',
      findings: ['chest-pain'],
      labels: {},
      checks: [{ source: 'built-in', status: 'ok', level: 'emergency', findings: ['chest-pain'] }],
    });
  });

  it('the higher level wins, and the host’s findings are named in the patient’s language', () => {
    const host = { status: 'ok' as const, result: { level: 'emergency' as const, findings: [{ id: 'sepsis', label: { en: 'signs of sepsis', es: 'señales de sepsis' } }, { id: 'no-label' }] } };
    const combined = combineUrgency(routine, host, 'es');
    assert.equal(combined.level, 'emergency');
    assert.deepEqual(combined.findings, ['sepsis', 'no-label']);
    assert.deepEqual(combined.labels, { sepsis: 'señales de sepsis' });
    assert.deepEqual(combined.checks, [
      { source: 'built-in', status: 'ok', level: 'none', findings: [] },
      { source: 'host', status: 'ok', level: 'emergency', findings: ['sepsis', 'no-label'] },
    ]);
  });

  it('keeps a label for any id, even one named like an Object property', () => {
    const host = { status: 'ok' as const, result: { level: 'urgent' as const, findings: [{ id: '__proto__', label: 'odd id' }, { id: 'constructor', label: 'another' }] } };
    const { labels } = combineUrgency(routine, host, 'en');
    assert.equal(Object.getPrototypeOf(labels), Object.prototype);
    assert.deepEqual(Object.keys(labels), ['__proto__', 'constructor']);
    assert.equal(Object.getOwnPropertyDescriptor(labels, '__proto__')?.value, 'odd id');
  });

  it('a lower host level does not lower the built-in one; shared findings appear once', () => {
    const urgent = { status: 'ok' as const, result: { level: 'urgent' as const, findings: [{ id: 'chest-pain' }, { id: 'fever' }] } };
    const combined = combineUrgency(chestPain, urgent, 'en');
    assert.equal(combined.level, 'emergency');
    assert.deepEqual(combined.findings, ['chest-pain', 'fever']);
    const calm = combineUrgency(chestPain, { status: 'ok', result: { level: 'none', findings: [{ id: 'noise' }] } }, 'en');
    assert.equal(calm.level, 'emergency');
    assert.deepEqual(calm.findings, ['chest-pain'], 'a host that found nothing urgent adds no finding to show');
    assert.deepEqual(calm.checks[1], { source: 'host', status: 'ok', level: 'none', findings: ['noise'] });
  });

  for (const level of ['none', 'urgent', 'crisis', 'emergency'] as const) {
    for (const hostLevel of ['none', 'urgent', 'crisis', 'emergency'] as const) {
      it(`built-in ${level} + host ${hostLevel} → the more severe`, () => {
        const order = ['none', 'urgent', 'crisis', 'emergency'];
        const expected = order[Math.max(order.indexOf(level), order.indexOf(hostLevel))];
        assert.equal(combineUrgency({ level, findings: [] }, { status: 'ok', result: { level: hostLevel } }, 'en').level, expected);
      });
    }
  }

  it('a host check that timed out or failed leaves the built-in result alone, and is recorded', () => {
    for (const status of ['timeout', 'error'] as const) {
      const combined = combineUrgency(chestPain, { status }, 'en');
      assert.equal(combined.level, 'emergency');
      assert.deepEqual(combined.findings, ['chest-pain']);
      assert.deepEqual(combined.checks, [
        { source: 'built-in', status: 'ok', level: 'emergency', findings: ['chest-pain'] },
        { source: 'host', status },
      ]);
    }
  });
});

describe('settleWithin', () => {
  it('says how a promise settled, or that it did not in time; never rejects', async () => {
    assert.deepEqual(await settleWithin(Promise.resolve(1), 50), { status: 'fulfilled', value: 1 });
    const reason = new Error('no');
    assert.deepEqual(await settleWithin(Promise.reject(reason), 50), { status: 'rejected', reason });
    assert.deepEqual(await settleWithin(new Promise(() => {}), 10), { status: 'timeout' });
  });
});

describe('resolveRedFlags', () => {
  it('gives the default list with the widget’s labels, or the host’s list in the locale', () => {
    const defaults = resolveRedFlags(undefined, 'en', (id) => `label of ${id}`);
    assert.equal(defaults.length, DEFAULT_RED_FLAGS.length);
    assert.deepEqual(defaults[0], { id: 'chest-pain', action: 'emergency', label: 'label of chest-pain' });
    assert.deepEqual(
      defaults.map((flag) => flag.action),
      ['emergency', 'emergency', 'emergency', 'emergency', 'emergency', 'emergency', 'emergency', 'crisis'],
    );
    const host = resolveRedFlags([{ id: 'vision', label: { en: 'Sudden loss of vision', es: 'Pérdida repentina de la vista' }, action: 'emergency' }], 'es', () => 'unused');
    assert.deepEqual(host, [{ id: 'vision', label: 'Pérdida repentina de la vista', action: 'emergency' }]);
  });
});
