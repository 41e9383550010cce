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
    assert.deepEqual(missingRequired(refill.prompts, { medication: 'x', dose: 'y' }).map((p) => p.id), ['pharmacy']);
    assert.deepEqual(missingOptional(refill.prompts, {}).map((p) => p.id), ['days-left']);
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
