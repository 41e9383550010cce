import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assessUrgency } from '../../src/core/triage/index.js';
import { assessWithRulesOnly } from '../../src/core/triage/assess-urgency.js';
import { featuresOf, modelWeights, MODEL_THRESHOLDS, readWithModel, wordCount } from '../../src/core/triage/classifier.js';
import { ruleSignals } from '../../src/core/triage/assess-urgency.js';
import { MODEL } from '../../src/core/triage/model.js';
import { normalizeForMatching } from '../../src/core/triage/normalize.js';
import { percent, readSet, scoreAll, scores, type LabelledMessage } from '../../scripts/urgency-metrics.js';

const fixture = (name: string): string => new URL(`../fixtures/${name}`, import.meta.url).pathname;

describe('the urgency model: features', () => {
  it('reads words, five-letter stems, word pairs and what the rules found, each at its first place', () => {
    const text = normalizeForMatching('I stockpiled pills. Stockpiling more').text;
    const f = featuresOf(text, new Map([['lethal-means', { from: 13, to: 18 }]]));
    assert.deepEqual(f.get('stockpiled'), { from: 2, to: 12 });
    assert.deepEqual(f.get('stock*'), { from: 2, to: 12 });
    assert.ok(f.has('i stockpiled'));
    assert.ok(f.has('stockpiling more'));
    assert.deepEqual(f.get('#lethal-means'), { from: 13, to: 18 });
    // A sentence end breaks word pairs.
    assert.ok(!f.has('pills stockpiling'));
  });

  it('marks the words after a negation in the same clause, and only there', () => {
    const f = featuresOf(normalizeForMatching('No chest pain, but short of breath').text);
    assert.ok(f.has('~chest') && f.has('~pain') && f.has('~chest ~pain'));
    assert.ok(f.has('short') && !f.has('~short'));
    assert.ok(!f.has('chest'));
  });

  it('gives probabilities between 0 and 1 and thresholds chosen in training', () => {
    for (const text of ['', 'refill please', 'tengo dolor de pecho y no puedo respirar']) {
      const r = readWithModel(normalizeForMatching(text).text, new Map());
      for (const p of [r.emergency, r.crisis]) assert.ok(p > 0 && p < 1, String(p));
    }
    for (const t of [MODEL_THRESHOLDS.emergency, MODEL_THRESHOLDS.crisis, MODEL_THRESHOLDS.crisisRoute, MODEL_THRESHOLDS.veto]) assert.ok(t >= 0 && t <= 1);
  });
});

describe('the urgency model: the fast reading is the trained model', () => {
  it('unpacks its table: every feature once, in order, each with both weights', () => {
    const rows = [...modelWeights()];
    assert.ok(rows.length > 1000, `${rows.length} features`);
    assert.equal(MODEL.emergency.split(',').length, rows.length);
    assert.equal(MODEL.crisis.split(',').length, rows.length);
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1]![0] < rows[i]![0], `${rows[i - 1]![0]} before ${rows[i]![0]}`);
    const table = new Map(rows.map(([feature, e, c]) => [feature, [e, c]]));
    // A finding the rules name, a word, a negated word, a stem and a pair are all there.
    for (const feature of ['#chest-pain', 'pecho', '~fever', 'bleed*', 'better off']) assert.ok(table.has(feature), feature);
    assert.ok(rows.every(([, e, c]) => Number.isFinite(e) && Number.isFinite(c) && (e !== 0 || c !== 0)));
  });

  it('reads every message of the corpus exactly as the sum of its features in model.ts (as trained)', () => {
    const table = new Map([...modelWeights()].map(([feature, e, c]) => [feature, [e, c]] as const));
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    const texts = readSet(fixture('urgency-blind-tuning.json')).map((m) => m.text);
    for (const text of texts) {
      const { normalized, signals } = ruleSignals(text);
      let e = MODEL.emergencyBias;
      let c = MODEL.crisisBias;
      let eWords = 0;
      let cWords = 0;
      for (const feature of featuresOf(normalized, signals).keys()) {
        const [we, wc] = table.get(feature) ?? [0, 0];
        e += we;
        c += wc;
        if (!feature.startsWith('#') && !feature.includes('~')) {
          eWords += we;
          cWords += wc;
        }
      }
      const r = readWithModel(normalized, signals);
      assert.ok(Math.abs(r.emergency - sigmoid(e)) < 1e-9 && Math.abs(r.crisis - sigmoid(c)) < 1e-9, 'probabilities differ');
      assert.ok(Math.abs(r.emergencyWords - eWords) < 1e-9 && Math.abs(r.crisisWords - cWords) < 1e-9, 'word sums differ');
      assert.equal(r.wordCount, wordCount(normalized));
    }
  });
});

describe('the urgency model beside the rules', () => {
  it('names a veiled crisis that no rule names, on a word of the message', () => {
    const text = 'Sold my truck, gave my dog to my brother and I wrote everyone a letter. I am so tired of all of it.';
    const r = assessUrgency(text, { locale: 'en' });
    assert.equal(r.level, 'crisis');
    for (const f of r.findings) assert.equal(text.slice(f.offset, f.offset + f.match.length), f.match);
    assert.ok(r.findings.some((f) => f.level === 'crisis'));
  });

  it('never lets a negated mention elsewhere set aside a real one', () => {
    assert.deepEqual(
      assessUrgency('Yesterday no chest pain. Today chest pain again.').findings.map((f) => f.id),
      ['chest-pain'],
    );
    assert.equal(assessUrgency('ya no quiero vivir', { locale: 'es' }).level, 'crisis');
  });

  it('keeps an overdose an emergency when the message reads more as a crisis (the model sets aside only what reads as routine)', () => {
    const text = 'Something else: My pills\nWhat is it about?: My pills\n\nMessage:\nI took all of my sleeping pills an hour ago because I want to die.';
    const r = assessUrgency(text);
    assert.equal(r.level, 'emergency');
    assert.deepEqual(r.findings.map((f) => f.id).sort(), ['overdose-poisoning', 'suicidal-thoughts']);
  });

  it('keeps every short, plain statement the rules name', () => {
    for (const [text, locale] of [
      ['My wife collapsed in the kitchen', 'en'],
      ['I think my dad just had a stroke', 'en'],
      ['having suicidal thoughts again', 'en'],
      ['mi esposo habla de quitarse la vida', 'es'],
      ['siento que me ahogo cuando me acuesto', 'es'],
    ] as const) {
      const rules = assessWithRulesOnly(text, { locale });
      assert.notEqual(rules.level, 'none', text);
      assert.equal(assessUrgency(text, { locale }).level, rules.level, text);
    }
  });
});

/** Asserts the rates of one labelled set; the message names no message, only counts. */
function assertRates(set: readonly LabelledMessage[], floor: { recall: number; routed: number; falseAlarms: number }, label: string): void {
  const s = scores(scoreAll(set));
  assert.ok(s.recall.rate >= floor.recall, `${label}: recall ${percent(s.recall)}`);
  assert.ok(s.crisisRouted.rate >= floor.routed, `${label}: crisis routed ${percent(s.crisisRouted)}`);
  assert.ok(s.falseAlarms.rate <= floor.falseAlarms, `${label}: false alarms ${percent(s.falseAlarms)}`);
}

describe('the written corpora', () => {
  const tuning = readSet(fixture('urgency-blind-tuning.json'));
  const training = readSet(fixture('urgency-written-training.json'));
  const sealed = readSet(fixture('urgency-blind-sealed.json.gz'));

  it('are well formed: labels, languages, no duplicates, and a sealed third that stays apart', () => {
    for (const set of [tuning, training, sealed]) {
      for (const m of set) {
        assert.ok(m.lang === 'en' || m.lang === 'es');
        assert.ok(['emergency', 'crisis', 'urgent', 'routine'].includes(m.expected));
        assert.ok(m.text.trim().length > 0);
      }
    }
    const texts = (set: readonly LabelledMessage[]) => new Set(set.map((m) => m.text.trim().toLowerCase()));
    const sealedTexts = texts(sealed);
    assert.equal(sealedTexts.size, sealed.length);
    for (const m of [...tuning, ...training]) assert.ok(!sealedTexts.has(m.text.trim().toLowerCase()), 'a sealed message is also in a set used for tuning or training');
    const blind = tuning.length + sealed.length;
    assert.ok(blind >= 1500, `blind corpus of ${blind}`);
    assert.ok(Math.abs(sealed.length / blind - 1 / 3) < 0.01, 'the sealed part is a third');
    for (const lang of ['en', 'es'] as const) {
      for (const label of ['emergency', 'crisis', 'routine'] as const) {
        assert.ok(sealed.filter((m) => m.lang === lang && m.expected === label).length >= 50, `sealed ${lang} ${label}`);
      }
    }
  });

  // These sets were read to write the rules and train the model: the figures measure memory.
  for (const lang of ['en', 'es'] as const) {
    it(`remembers the tuning part of the blind corpus (${lang}): recall ≥ 98%, crisis routed ≥ 98%, false alarms ≤ 2%`, () => {
      assertRates(
        tuning.filter((m) => m.lang === lang),
        { recall: 0.98, routed: 0.98, falseAlarms: 0.02 },
        `tuning ${lang}`,
      );
    });
    it(`remembers the written training corpus (${lang}): recall ≥ 97%, crisis routed ≥ 97%, false alarms ≤ 3%`, () => {
      assertRates(
        training.filter((m) => m.lang === lang),
        { recall: 0.97, routed: 0.97, falseAlarms: 0.03 },
        `training ${lang}`,
      );
    });
  }

  it('reports the sealed part, scored in aggregate only (not asserted: it is what the README reports)', (t) => {
    for (const lang of ['en', 'es'] as const) {
      const s = scores(scoreAll(sealed.filter((m) => m.lang === lang)));
      t.diagnostic(`sealed ${lang}: recall ${percent(s.recall)}; crisis routed ${percent(s.crisisRouted)}; false alarms ${percent(s.falseAlarms)}`);
      assert.equal(s.messages, sealed.filter((m) => m.lang === lang).length);
    }
  });
});
