import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CATEGORIES } from '../../src/core/catalog.js';
import { categorySchema } from '../../src/core/config-schema.js';
import { validateConfig } from '../../src/core/validate-config.js';
import { resolveCategory } from '../../src/core/resolve-catalog.js';
import { missingOptional, missingRequired } from '../../src/core/completeness.js';
import { localize } from '../../src/core/localized-text.js';
import { toLocale } from '../../src/core/locale.js';

describe('default catalog', () => {
  it('has the six clinical tasks and "something else", each valid, described and with prompts', () => {
    assert.deepEqual(
      DEFAULT_CATEGORIES.map((category) => category.id),
      ['prescription', 'medical-question', 'test-results', 'scheduling', 'referral', 'follow-up', 'other'],
    );
    for (const category of DEFAULT_CATEGORIES) {
      assert.equal(categorySchema.safeParse(category).success, true, category.id);
      assert.ok(category.prompts.length > 0, category.id);
      assert.ok(category.routeTo, category.id);
    }
  });

  it('has every text in English and Spanish', () => {
    const texts: unknown[] = [];
    for (const c of DEFAULT_CATEGORIES) {
      texts.push(c.label, c.description, ...(c.examples ?? []));
      if (c.notice) texts.push(c.notice);
      for (const p of c.prompts) {
        texts.push(p.label);
        if (p.hint) texts.push(p.hint);
        for (const o of p.options ?? []) texts.push(o.label);
      }
    }
    for (const text of texts) {
      assert.equal(typeof text, 'object');
      const { en, es } = text as { en?: string; es?: string };
      assert.ok(en && es && en !== es, JSON.stringify(text));
    }
  });

  it('asks for the pharmacy on a refill, and requires it', () => {
    const refill = resolveCategory(DEFAULT_CATEGORIES[0]!, 'es');
    const pharmacy = refill.prompts.find((prompt) => prompt.id === 'pharmacy');
    assert.equal(pharmacy?.label, 'Farmacia');
    assert.equal(pharmacy?.required, true);
    // Only what the care team cannot act without is required; the dose is named on review.
    assert.deepEqual(missingRequired(refill.prompts, { medication: 'x' }).map((p) => p.id), ['pharmacy']);
    assert.deepEqual(missingOptional(refill.prompts, {}).map((p) => p.id), ['dose', 'days-left']);
  });
});

describe('validateConfig', () => {
  it('accepts nothing at all, and a host catalog', () => {
    assert.equal(validateConfig(undefined).ok, true);
    const result = validateConfig({ categories: [{ id: 'billing', label: 'Billing', description: 'Questions about a bill', prompts: [] }], replyTime: { en: 'within 2 days' } });
    assert.equal(result.ok, true);
  });

  it('names the bad path in readable words', () => {
    const result = validateConfig({
      categories: [{ id: 'billing', label: 'Billing', description: 'x', prompts: [{ id: 'amount', label: 'Amount', kind: 'nubmer' }] }],
    });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.issues[0]?.path, 'config.categories[0].prompts[0].kind');
    assert.match(result.issues[0]?.message ?? '', /text|textarea|select|date|number/);
  });

  it('catches a typo in a key, duplicate ids and a select without options', () => {
    const result = validateConfig({
      categories: [
        { id: 'a', label: 'A', descripton: 'typo', description: 'ok', prompts: [{ id: 'p', label: 'P', kind: 'select' }] },
        { id: 'a', label: 'B', description: 'dup', prompts: [] },
      ],
    });
    assert.equal(result.ok, false);
    if (result.ok) return;
    const paths = result.issues.map((issue) => issue.path);
    assert.ok(paths.includes('config.categories[0]'), paths.join());
    assert.ok(paths.includes('config.categories[0].prompts[0].options'), paths.join());
    assert.ok(paths.includes('config.categories'), paths.join());
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, 42, 'x', [], { categories: 'no' }, { categories: [] }, { strings: { fr: {} } }]) {
      const result = validateConfig(input);
      assert.equal(typeof result.ok, 'boolean');
    }
    assert.equal(validateConfig({ categories: [] }).ok, false);
  });
});

describe('localize and toLocale', () => {
  it('falls back to English, then to any language', () => {
    assert.equal(localize({ en: 'Hi', es: 'Hola' }, 'es'), 'Hola');
    assert.equal(localize({ en: 'Hi' }, 'es'), 'Hi');
    assert.equal(localize({ es: 'Hola' }, 'en'), 'Hola');
    assert.equal(localize('Same', 'es'), 'Same');
    assert.equal(localize(undefined, 'en'), '');
  });

  it('maps language tags to a supported locale', () => {
    assert.equal(toLocale('es-MX'), 'es');
    assert.equal(toLocale('ES'), 'es');
    assert.equal(toLocale('fr'), 'en');
    assert.equal(toLocale(null), 'en');
  });
});

describe('config that cannot work is refused (issue 15, items 7 and 8)', () => {
  const redirect = (href: string) => ({
    categories: [{ id: 'billing', label: 'Billing', routeTo: 'billing', redirect: { href, label: 'Open billing', message: 'Bills are faster there.' }, prompts: [] }],
  });
  const messages = (input: unknown): string[] => {
    const result = validateConfig(input);
    return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };

  it('refuses links that browsers read as another site, and keeps relative and http(s) ones', () => {
    for (const href of ['//evil.example/phish', '/\\evil.example/phish', 'javascript:alert(1)']) {
      assert.ok(messages(redirect(href)).some((m) => m.startsWith('config.categories[0].redirect.href')), href);
      assert.ok(messages({ proxyHref: href }).some((m) => m.startsWith('config.proxyHref')), href);
    }
    for (const href of ['/billing', './help', '../help', '#rules', 'https://portal.example/billing']) {
      assert.equal(validateConfig({ proxyHref: href }).ok, true, href);
    }
  });

  it('refuses two options with one value, which would turn a choice into the other label', () => {
    const config = {
      categories: [
        {
          id: 'visit',
          label: 'Visit',
          routeTo: 'front-desk',
          prompts: [{ id: 'when', kind: 'select', label: 'When?', options: [{ value: 'am', label: 'Morning' }, { value: 'am', label: 'Afternoon' }] }],
        },
      ],
    };
    assert.ok(messages(config).some((m) => m.startsWith('config.categories[0].prompts[0].options')));
  });

  it('refuses an empty string override, which would leave a button with no name', () => {
    assert.ok(messages({ strings: { en: { sendButton: '' } } }).some((m) => m.startsWith('config.strings.en.sendButton')));
    assert.equal(validateConfig({ strings: { en: { sendButton: 'Send to my care team' } } }).ok, true);
  });

  it('reports a config whose getter or Proxy throws instead of throwing', () => {
    const getter = { get categories() { throw new Error('boom'); } };
    const proxy = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    for (const input of [getter, proxy]) {
      const result = validateConfig(input);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.issues[0]?.message ?? '', /could not be read/);
    }
  });
});
