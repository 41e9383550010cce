import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateConfig } from '../../src/core/validate-config.js';

describe('config.urgency', () => {
  it('accepts red flags, a host check and a time limit', () => {
    const assess = async () => ({ level: 'none' as const });
    const result = validateConfig({
      urgency: {
        redFlags: [
          { id: 'sudden-vision-loss', label: { en: 'Sudden loss of vision', es: 'Pérdida repentina de la vista' }, action: 'emergency' },
          { id: 'hopeless', label: 'Feeling hopeless', action: 'crisis' },
          { id: 'wound', label: { en: 'A wound that is getting worse' }, action: 'on-call' },
        ],
        assess,
        timeout: 1500,
      },
    });
    assert.equal(result.ok, true);
    assert.equal(result.ok && result.config.urgency?.assess, assess, 'the host’s own function, not a copy');
    assert.equal(result.ok && result.config.urgency?.redFlags?.length, 3);
  });

  it('names each problem with its path', () => {
    const result = validateConfig({
      urgency: {
        redFlags: [
          { id: 'Chest Pain', label: 'Chest pain', action: 'emergency' },
          { id: 'b', label: '', action: 'call-911' },
          { label: 'No id', action: 'crisis' },
        ],
        assess: 'https://triage.example.org',
        timeout: 60_000,
        retries: 2,
      },
    });
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.issues, [
      { path: 'config.urgency.redFlags[0].id', message: 'Use lower-case letters, digits and dashes, e.g. "refill-request".' },
      { path: 'config.urgency.redFlags[1].label', message: 'Must not be empty.' },
      { path: 'config.urgency.redFlags[1].action', message: 'Expected one of "emergency", "crisis", "on-call".' },
      { path: 'config.urgency.redFlags[2].id', message: 'Missing: expected string.' },
      { path: 'config.urgency.assess', message: 'Expected a function: (text, { locale }) => Promise<{ level, findings }>.' },
      { path: 'config.urgency.timeout', message: 'At most 10000 ms: the patient waits this long.' },
      { path: 'config.urgency', message: 'Unknown key "retries". Check the spelling.' },
    ]);
  });

  it('wants a short list with distinct ids, and a whole, positive time limit', () => {
    const flag = (id: string) => ({ id, label: id, action: 'emergency' });
    const issues = (urgency: unknown) => {
      const result = validateConfig({ urgency });
      return result.ok ? [] : result.issues;
    };
    assert.deepEqual(issues({ redFlags: [] }), [{ path: 'config.urgency.redFlags', message: 'Give at least one red flag, or leave "redFlags" out for the default list.' }]);
    assert.deepEqual(issues({ redFlags: [flag('a'), flag('a')] }), [{ path: 'config.urgency.redFlags', message: 'Each red flag needs its own id.' }]);
    assert.equal(issues({ redFlags: Array.from({ length: 13 }, (_, i) => flag(`f${i}`)) })[0]?.message, 'Give at most 12 red flags: the patient should read them in a few seconds.');
    assert.deepEqual(issues({ timeout: 0 }), [{ path: 'config.urgency.timeout', message: 'Expected a positive number of milliseconds.' }]);
    assert.deepEqual(issues({ timeout: 2.5 }), [{ path: 'config.urgency.timeout', message: 'Expected a whole number.' }]);
    assert.deepEqual(issues({ timeout: '3000' }), [{ path: 'config.urgency.timeout', message: 'Expected number.' }]);
    assert.deepEqual(issues('yes'), [{ path: 'config.urgency', message: 'Expected object.' }]);
  });
});
