import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  assessUrgency,
  mostSevere,
  URGENCY_FINDING_IDS,
  URGENCY_FINDING_LEVELS,
  URGENCY_LEVEL_RANK,
  type UrgencyFindingId,
  type UrgencyLevel,
} from '../../src/core/triage/index.js';
import { normalizeForMatching, originalSpan } from '../../src/core/triage/normalize.js';
import { fold, FOLDS, KEY_LENGTH, triggerKeys } from '../../src/core/triage/prefix-keys.js';
import { expandPattern } from '../../src/core/triage/rule-helpers.js';
import { onlyNormalTemperatures, youngestAge } from '../../src/core/triage/readings.js';
import { assessWithRulesOnly } from '../../src/core/triage/assess-urgency.js';
import { EN_RULES } from '../../src/core/triage/rules-en.js';
import { ES_RULES } from '../../src/core/triage/rules-es.js';
import { findingNames } from '../../src/i18n/urgency-findings.js';

// ---- the corpus -------------------------------------------------------------------------------

type Kind =
  | 'emergency'
  | 'crisis'
  | 'urgent'
  | 'refill'
  | 'medical-question'
  | 'test-results'
  | 'scheduling'
  | 'referral'
  | 'visit-follow-up'
  | 'trap-negation'
  | 'trap-past'
  | 'trap-test-name'
  | 'trap-idiom'
  | 'trap-risk-question';

interface CorpusEntry {
  lang: 'en' | 'es';
  kind: Kind;
  expected: UrgencyLevel;
  text: string;
  findings?: UrgencyFindingId[];
}

const corpus = JSON.parse(readFileSync(new URL('../fixtures/urgency-corpus.json', import.meta.url), 'utf8')) as CorpusEntry[];
const ROUTINE_KINDS: readonly Kind[] = ['refill', 'medical-question', 'test-results', 'scheduling', 'referral', 'visit-follow-up'];
const TRAP_KINDS: readonly Kind[] = ['trap-negation', 'trap-past', 'trap-test-name', 'trap-idiom', 'trap-risk-question'];
const isRoutine = (e: CorpusEntry): boolean => e.expected === 'none' || e.expected === 'urgent';
const isFlagged = (level: UrgencyLevel): boolean => level === 'emergency' || level === 'crisis';

/** Runs the whole corpus once per mode; failures name entries by index only, never by content. */
function run(mode: 'both' | 'own-locale'): { entry: CorpusEntry; index: number; level: UrgencyLevel; ids: UrgencyFindingId[] }[] {
  return corpus.map((entry, index) => {
    const result = assessUrgency(entry.text, mode === 'both' ? {} : { locale: entry.lang });
    return { entry, index, level: result.level, ids: result.findings.map((f) => f.id) };
  });
}

describe('urgency corpus', () => {
  it('is well formed: ≥ 250 messages, routine ones the majority, every finding and trap in both languages', () => {
    assert.ok(corpus.length >= 250, `only ${corpus.length} messages`);
    const routine = corpus.filter(isRoutine);
    assert.ok(routine.length >= 150, `only ${routine.length} routine messages`);
    assert.ok(routine.length > corpus.length / 2, 'routine messages must be the majority');
    const known = new Set<string>(URGENCY_FINDING_IDS);
    corpus.forEach((e, i) => {
      assert.ok(e.lang === 'en' || e.lang === 'es', `entry ${i}: lang`);
      assert.ok(e.expected in URGENCY_LEVEL_RANK, `entry ${i}: expected level`);
      assert.ok(e.text.trim().length > 0, `entry ${i}: empty text`);
      if (e.expected !== 'none') assert.ok((e.findings ?? []).length > 0, `entry ${i}: a positive needs its expected findings`);
      for (const id of e.findings ?? []) assert.ok(known.has(id), `entry ${i}: unknown finding id`);
    });
    assert.equal(new Set(corpus.map((e) => e.text)).size, corpus.length, 'duplicate messages');
    for (const lang of ['en', 'es'] as const) {
      const mine = corpus.filter((e) => e.lang === lang);
      const covered = new Set(mine.flatMap((e) => e.findings ?? []));
      // emergency-signs is the model's own finding (no rule makes it): test/core/urgency-model.test.ts.
      for (const id of URGENCY_FINDING_IDS) if (id !== 'emergency-signs') assert.ok(covered.has(id), `${lang}: no example of ${id}`);
      for (const kind of [...ROUTINE_KINDS, ...TRAP_KINDS]) assert.ok(mine.some((e) => e.kind === kind), `${lang}: no ${kind} message`);
      for (const kind of TRAP_KINDS) assert.ok(mine.filter((e) => e.kind === kind).length >= 5, `${lang}: fewer than 5 ${kind} messages`);
    }
  });

  for (const mode of ['both', 'own-locale'] as const) {
    describe(mode === 'both' ? 'checked in both languages (no locale)' : "checked in the message's own locale", () => {
      const results = run(mode);

      it('recall 100%: every emergency message is assessed emergency', () => {
        const missed = results.filter((r) => r.entry.expected === 'emergency' && r.level !== 'emergency').map((r) => r.index);
        assert.deepEqual(missed, [], `emergency messages not assessed emergency: entries ${missed.join(', ')}`);
      });

      it('recall 100%: every crisis message is assessed crisis (or emergency)', () => {
        const missed = results.filter((r) => r.entry.expected === 'crisis' && !isFlagged(r.level)).map((r) => r.index);
        assert.deepEqual(missed, [], `crisis messages not flagged: entries ${missed.join(', ')}`);
      });

      it('every urgent message is assessed at least urgent', () => {
        const missed = results.filter((r) => r.entry.expected === 'urgent' && URGENCY_LEVEL_RANK[r.level] < URGENCY_LEVEL_RANK.urgent).map((r) => r.index);
        assert.deepEqual(missed, [], `urgent messages missed: entries ${missed.join(', ')}`);
      });

      it('reports the expected findings of every positive message', () => {
        const wrong = results.filter((r) => (r.entry.findings ?? []).some((id) => !r.ids.includes(id))).map((r) => r.index);
        assert.deepEqual(wrong, [], `expected findings missing: entries ${wrong.join(', ')}`);
      });

      it('flags at most 3% of routine messages as emergency or crisis', () => {
        const routine = results.filter((r) => isRoutine(r.entry));
        const flagged = routine.filter((r) => isFlagged(r.level)).map((r) => r.index);
        const rate = flagged.length / routine.length;
        assert.ok(rate <= 0.03, `${(rate * 100).toFixed(1)}% of routine messages flagged: entries ${flagged.join(', ')}`);
      });

      it('never flags a trap (negation, past event, test name, idiom, risk question)', () => {
        const flagged = results.filter((r) => TRAP_KINDS.includes(r.entry.kind) && r.level !== 'none').map((r) => r.index);
        assert.deepEqual(flagged, [], `traps flagged: entries ${flagged.join(', ')}`);
      });
    });
  }

  it('measures recall, precision and the false-positive rate (figures for the README)', (t) => {
    const results = run('both');
    const positives = results.filter((r) => isFlagged(r.entry.expected));
    const caught = positives.filter((r) => (r.entry.expected === 'emergency' ? r.level === 'emergency' : isFlagged(r.level)));
    const flagged = results.filter((r) => isFlagged(r.level));
    const trueFlags = flagged.filter((r) => isFlagged(r.entry.expected));
    const routine = results.filter((r) => isRoutine(r.entry));
    const routineFlagged = routine.filter((r) => isFlagged(r.level));
    const exactLevel = results.filter((r) => r.level === r.entry.expected);
    const count = (lang: 'en' | 'es', pick: (e: CorpusEntry) => boolean): number => corpus.filter((e) => e.lang === lang && pick(e)).length;
    const pct = (a: number, b: number): string => `${((a / Math.max(1, b)) * 100).toFixed(1)}% (${a}/${b})`;
    // Aggregate figures only: nothing about any message's content.
    t.diagnostic(`corpus: ${corpus.length} messages; en ${count('en', () => true)}, es ${count('es', () => true)}`);
    for (const lang of ['en', 'es'] as const) {
      t.diagnostic(
        `${lang}: emergency ${count(lang, (e) => e.expected === 'emergency')}, crisis ${count(lang, (e) => e.expected === 'crisis')}, urgent ${count(lang, (e) => e.expected === 'urgent')}, none ${count(lang, (e) => e.expected === 'none')} (traps ${count(lang, (e) => TRAP_KINDS.includes(e.kind))})`,
      );
    }
    t.diagnostic(`emergency+crisis recall: ${pct(caught.length, positives.length)}`);
    t.diagnostic(`emergency/crisis flag precision: ${pct(trueFlags.length, flagged.length)}`);
    t.diagnostic(`routine messages flagged emergency/crisis: ${pct(routineFlagged.length, routine.length)}`);
    t.diagnostic(`exact level agreement: ${pct(exactLevel.length, results.length)}`);
    assert.equal(caught.length, positives.length);
  });
});

// ---- targeted unit tests ----------------------------------------------------------------------

function only(text: string, options?: { locale?: 'en' | 'es' }): UrgencyFindingId[] {
  return assessUrgency(text, options).findings.map((f) => f.id);
}

describe('assessUrgency: the physician example and basics', () => {
  it('reads the physician example as an emergency', () => {
    const r = assessUrgency('left side chest pain radiating to my arm, I get short of breath, what should I do?');
    assert.equal(r.level, 'emergency');
    assert.deepEqual(
      r.findings.map((f) => f.id),
      ['chest-pain', 'trouble-breathing'],
    );
  });

  it('returns none for an empty or blank text', () => {
    assert.deepEqual(assessUrgency(''), { level: 'none', findings: [] });
    assert.deepEqual(assessUrgency('   \n\t  '), { level: 'none', findings: [] });
    assert.deepEqual(assessUrgency('Please refill my lisinopril.'), { level: 'none', findings: [] });
    assert.deepEqual(assessUrgency('I can breathe fine now and I can move my arm.'), { level: 'none', findings: [] });
  });

  it('survives misspellings, missing apostrophes, curly apostrophes and any letter case', () => {
    for (const text of ['chest pian', 'CHEST PAIN', 'Chest Pain', 'chest pains']) assert.deepEqual(only(text), ['chest-pain'], text);
    for (const text of ['cant breath', "can't breathe", 'can’t breathe', 'cannot breathe', 'can not breathe', 'shortnes of breath', 'SHORTNESS OF BREATH']) {
      assert.deepEqual(only(text), ['trouble-breathing'], text);
    }
    for (const text of ['dificultad para respirar', 'dificultad para respiración', 'dificultad para respiracion', 'DIFICULTAD PARA RESPIRAR']) {
      assert.deepEqual(only(text), ['trouble-breathing'], text);
    }
  });

  it('checks both languages without a locale, one with it', () => {
    assert.deepEqual(only('tengo dolor de pecho'), ['chest-pain']);
    assert.deepEqual(only('tengo dolor de pecho', { locale: 'es' }), ['chest-pain']);
    assert.deepEqual(only('tengo dolor de pecho', { locale: 'en' }), []);
    assert.deepEqual(only('I have chest pain', { locale: 'es' }), []);
    assert.deepEqual(only('I have chest pain', { locale: 'en' }), ['chest-pain']);
    // A mixed message is read with both languages' words.
    assert.deepEqual(only('me duele el pecho and I can’t breathe'), ['chest-pain', 'trouble-breathing']);
  });
});

describe('assessUrgency: match and offset refer to the original text', () => {
  it('maps plain text', () => {
    const text = 'Hello. I have chest pain today.';
    const [f] = assessUrgency(text).findings;
    assert.ok(f);
    assert.equal(f.match, 'chest pain');
    assert.equal(f.offset, text.indexOf('chest pain'));
    assert.equal(text.slice(f.offset, f.offset + f.match.length), f.match);
  });

  it('maps past accents, emoji and collapsed spaces before the match', () => {
    const text = '¡Ay! Él está así 😀😀  —  tengo   DOLOR   de pecho';
    const [f] = assessUrgency(text).findings;
    assert.ok(f);
    assert.equal(f.match, 'DOLOR   de pecho');
    assert.equal(f.offset, text.indexOf('DOLOR'));
  });

  it('keeps accents inside the match, precomposed or combining', () => {
    const composed = 'Mi abuela se desmayó hoy';
    const [a] = assessUrgency(composed).findings;
    assert.equal(a?.match, 'desmayó');
    assert.equal(a?.offset, composed.indexOf('desmayó'));
    const decomposed = 'Mi abuela se desmayo\u0301 hoy';
    const [b] = assessUrgency(decomposed).findings;
    assert.equal(b?.match, 'desmayo\u0301');
    assert.equal(b?.offset, decomposed.indexOf('desmayo'));
    const inside = 'e\u0301 la respiracio\u0301n es difi\u0301cil';
    const [c] = assessUrgency(inside).findings;
    assert.equal(c?.id, 'trouble-breathing');
    assert.equal(c?.match, 'respiracio\u0301n es difi\u0301cil');
  });

  it('keeps curly apostrophes inside the match', () => {
    const text = 'I can’t breathe';
    const [f] = assessUrgency(text).findings;
    assert.equal(f?.match, 'can’t breathe');
    assert.equal(f?.offset, 2);
  });

  it('maps every normalised character back to the character that produced it', () => {
    const alphabet = ['a', 'B', ' ', '  ', '\n', '\r\n', '\t', "'", '’', '-', '—', 'é', 'É', 'ñ', 'e\u0301', '😀', 'İ', 'ß', 'Ω', '\u200b', 'x', '.', '¿', '1'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 500; round++) {
      let input = '';
      for (let k = random(16); k > 0; k--) input += alphabet[random(alphabet.length)];
      const normalized = normalizeForMatching(input);
      for (let k = 0; k < normalized.text.length; k++) {
        const { offset, end } = originalSpan(input, normalized, k, k + 1);
        assert.ok(offset >= 0 && end > offset && end <= input.length, `span of ${k} in round ${round}`);
        const source = normalizeForMatching(input.slice(offset, end)).text;
        const char = normalized.text[k] ?? '';
        assert.ok(source.includes(char) || (/\s/.test(char) && /^\s$/.test(source)), `char ${k} in round ${round}`);
      }
    }
  });
});

describe('assessUrgency: findings and levels', () => {
  it('reports one finding per id, at its first occurrence', () => {
    const text = 'chest pain this morning, and the chest pain is back tonight';
    const r = assessUrgency(text);
    assert.deepEqual(
      r.findings.map((f) => [f.id, f.offset]),
      [['chest-pain', 0]],
    );
  });

  it('skips a negated occurrence and reports the next one', () => {
    const text = 'Yesterday no chest pain. Today chest pain again.';
    const [f] = assessUrgency(text).findings;
    assert.equal(f?.offset, text.lastIndexOf('chest pain'));
  });

  it('sorts findings by offset and takes the most severe level', () => {
    const r = assessUrgency('My temp is 104 and I want to kill myself, and my chest hurts');
    assert.deepEqual(
      r.findings.map((f) => f.id),
      ['high-fever', 'suicidal-thoughts', 'chest-pain'],
    );
    assert.equal(r.level, 'emergency');
    assert.deepEqual(r.findings.map((f) => f.level), ['urgent', 'crisis', 'emergency']);
    assert.equal(assessUrgency('fever of 104 and I want to end my life').level, 'crisis');
    assert.equal(assessUrgency('fever of 104').level, 'urgent');
  });

  it('orders levels emergency > crisis > urgent > none', () => {
    assert.ok(URGENCY_LEVEL_RANK.emergency > URGENCY_LEVEL_RANK.crisis);
    assert.ok(URGENCY_LEVEL_RANK.crisis > URGENCY_LEVEL_RANK.urgent);
    assert.ok(URGENCY_LEVEL_RANK.urgent > URGENCY_LEVEL_RANK.none);
    assert.equal(mostSevere('none', 'urgent'), 'urgent');
    assert.equal(mostSevere('crisis', 'urgent'), 'crisis');
    assert.equal(mostSevere('crisis', 'emergency'), 'emergency');
    assert.equal(mostSevere('emergency', 'none'), 'emergency');
  });

  it('gives every finding id a level and a plain-language name in both languages', () => {
    assert.equal(new Set(URGENCY_FINDING_IDS).size, URGENCY_FINDING_IDS.length);
    for (const id of URGENCY_FINDING_IDS) {
      assert.ok(URGENCY_FINDING_LEVELS[id] !== undefined, id);
      assert.ok(findingNames.en[id].length > 0, `en name of ${id}`);
      assert.ok(findingNames.es[id].length > 0, `es name of ${id}`);
    }
    assert.deepEqual(Object.keys(findingNames.en).sort(), [...URGENCY_FINDING_IDS].sort());
    assert.deepEqual(Object.keys(findingNames.es).sort(), [...URGENCY_FINDING_IDS].sort());
  });

  it('handles very long texts (200,000 characters) and finds a finding at the end', () => {
    const filler = 'I would like to ask about my refill and my next appointment, thank you. ';
    let text = '';
    while (text.length < 200_000) text += filler;
    text += 'Also I can’t breathe.';
    const r = assessUrgency(text);
    assert.equal(r.level, 'emergency');
    assert.equal(r.findings[0]?.offset, text.indexOf('can’t breathe'));
    assert.equal(assessUrgency('x'.repeat(200_000)).level, 'none');
    assert.equal(assessUrgency('no '.repeat(70_000)).level, 'none');
    assert.equal(assessUrgency('chest '.repeat(40_000)).level, 'none');
    // Long single words and punctuation runs after a trigger word do not make matching blow up.
    assert.equal(assessUrgency(`cough${'a'.repeat(200_000)}`).level, 'none');
    // Pregnancy and bleeding anywhere in one message make a red flag, however far apart.
    assert.equal(assessUrgency(`pregnant${','.repeat(100_000)} bleeding`).level, 'emergency');
    assert.equal(assessUrgency(`${'ok. '.repeat(30_000)}pregnant, bleeding`).level, 'emergency');
    assert.equal(assessUrgency('pregnant, '.repeat(20_000)).level, 'none');
  });

  it('never logs', () => {
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
    const saved = methods.map((m) => console[m]);
    let calls = 0;
    for (const m of methods) console[m] = () => void calls++;
    try {
      for (const e of corpus) assessUrgency(e.text);
    } finally {
      methods.forEach((m, i) => (console[m] = saved[i] as (typeof console)[typeof m]));
    }
    assert.equal(calls, 0);
  });
});

describe('assessUrgency: what must not fire', () => {
  const cases: Record<string, string[]> = {
    negation: [
      'no chest pain',
      'denies shortness of breath',
      'sin dolor de pecho',
      'no suicidal thoughts',
      'without any trouble breathing',
      'never had a seizure',
      'I don’t have chest pain or shortness of breath',
      'no tengo fiebre ni dolor de pecho',
    ],
    'past or resolved': ['the chest pain I had last month is gone', 'my seizure in 2019', 'El dolor de pecho que tuve el mes pasado ya se me quitó', 'history of stroke'],
    'test and document names': ['chest x-ray results', 'breathing test', 'stress test', 'prueba de respiración', 'refill of my seizure medication'],
    idioms: ['dying to know', 'this wait is killing me', 'I want to die my hair', 'me muero de ganas', 'I nearly had a heart attack when I saw the bill'],
    'risk questions': ['should I worry about my heart?', 'what are the signs of a stroke?', 'Can amlodipine cause chest pain?', '¿Cuáles son los síntomas de un derrame cerebral?'],
  };
  for (const [category, texts] of Object.entries(cases)) {
    it(`ignores ${category}`, () => {
      for (const text of texts) assert.deepEqual(only(text), [], text);
    });
  }

  it('still fires when the negation belongs to another clause or the pain is new', () => {
    assert.deepEqual(only('no fever, but chest pain since this morning'), ['chest-pain']);
    assert.deepEqual(only('I have never had chest pain like this'), ['chest-pain']);
    assert.deepEqual(only('I had a seizure in 2019 and another one today'), ['seizure']);
    assert.deepEqual(only('no puedo respirar'), ['trouble-breathing']);
    assert.deepEqual(only('ya no quiero vivir'), ['suicidal-thoughts']);
  });
});

// ---- the rule engine --------------------------------------------------------------------------

describe('urgency rules', () => {
  const rules = [...EN_RULES, ...ES_RULES];

  it('every rule compiles and can start somewhere', () => {
    for (const r of rules) {
      const pattern = expandPattern(r.pattern);
      assert.doesNotThrow(() => new RegExp(pattern.replace(/ /g, '\\s'), 'y'), r.pattern);
      assert.ok(triggerKeys(pattern).size > 0, r.pattern);
    }
  });

  it('registers every rule under the opening of every real match (trigger keys are complete)', () => {
    const texts = corpus.map((e) => normalizeForMatching(e.text).text);
    for (const r of rules) {
      const pattern = expandPattern(r.pattern);
      const keys = triggerKeys(pattern);
      const regex = new RegExp(`(?<![a-z0-9])(?:${pattern.replace(/ /g, '\\s')})(?![a-z0-9])`, 'g');
      for (const text of texts) {
        for (const m of text.matchAll(regex)) {
          let key = 0;
          for (let k = 0; k < KEY_LENGTH; k++) key = key * FOLDS + fold(m.index + k < text.length ? text.charCodeAt(m.index + k) : 0);
          assert.ok(keys.has(key), `${r.id}: a match is not registered under its opening`);
        }
      }
    }
  });
});

describe('readings: a temperature taken and found normal', () => {
  it('is normal only when every temperature written is 36.4–37.4 °C or 97.5–99.3 °F', () => {
    assert.equal(onlyNormalTemperatures('le tome la temperatura: 36,9 en la axila, despues 37.2'), true);
    assert.equal(onlyNormalTemperatures('temp of 98.9 this morning'), true);
    assert.equal(onlyNormalTemperatures('tiene 37 grados'), true);
    // A fever, a low-grade one, a low one, none written, the weather.
    assert.equal(onlyNormalTemperatures('36.8 y luego 38.2'), false);
    assert.equal(onlyNormalTemperatures('37,9 de fiebre'), false);
    assert.equal(onlyNormalTemperatures('temperatura 35.1 axilar'), false);
    assert.equal(onlyNormalTemperatures('my baby has a temperature'), false);
    assert.equal(onlyNormalTemperatures('its 98 degrees in her house'), false);
  });

  it('sets a baby’s "fever" aside when the reading is normal, and keeps it otherwise (the rules)', () => {
    const level = (text: string, locale: 'en' | 'es') => assessWithRulesOnly(text, { locale }).level;
    assert.equal(level('Le tomé la temperatura a mi bebé de 7 semanas: 36,9 en la axila. ¿Está bien?', 'es'), 'none');
    assert.equal(level('my 6 week old felt warm so I took her temperature, 98.7 rectal', 'en'), 'none');
    assert.equal(level('my 6 week old has a temperature of 100.8', 'en'), 'emergency');
    assert.equal(level('bebé de 9 días con temperatura de 35.2 y casi no come', 'es'), 'emergency');
    // A fever said in so many words stands beside someone else's normal reading.
    assert.equal(level('my 3 week old has a fever, I checked mine and it was 98.6', 'en'), 'emergency');
    assert.equal(level('mi bebé de 1 mes tiene fiebre. Yo me tomé la temperatura y tengo 36.8', 'es'), 'emergency');
    assert.equal(level('No tiene calentura, le tomé la temperatura a mi bebé de 7 semanas y tiene 36.7', 'es'), 'none');
  });
});

describe('readings: ages and temperatures that are not', () => {
  it('reads "ando" as a word, not "a day old"; a number word needs its unit apart', () => {
    assert.equal(youngestAge('ando cansado por el trabajo'), undefined);
    assert.equal(youngestAge('my baby is a day old')?.days, 1);
    assert.equal(youngestAge('a 2 wk old')?.days, 14);
  });

  it('does not read a sugar, a pressure or a pulse of 101–107 as a temperature', () => {
    const rules = (text: string, locale: 'en' | 'es') => assessWithRulesOnly(text, { locale }).findings.map((f) => f.id);
    assert.deepEqual(rules('Mediciones: presión 126/82, azúcar 104. Ando cansado pero bien, ¿me renueva el amlodipino?', 'es'), []);
    assert.deepEqual(rules('my 6 week old, blood sugar 104 at the clinic', 'en'), []);
    assert.deepEqual(rules('my 6 week old has 101 rectal', 'en'), ['newborn-fever']);
  });
});

describe('thirteenth fresh set: what the rules read wrong', () => {
  const rules = (text: string, locale: 'en' | 'es') => assessWithRulesOnly(text, { locale }).findings.map((f) => f.id);

  it('reads a meter’s "LO" only beside the sugar, not the Spanish pronoun "lo"', () => {
    assert.deepEqual(rules('Quiero un chequeo: colesterol, azúcar, electrocardiograma y lo que usted vea.', 'es'), []);
    assert.deepEqual(rules('Glucosa: "HI". Cetonas en orina: +++. Mi hija, 13 años, tipo 1.', 'es'), ['blood-sugar-extreme']);
    assert.deepEqual(rules('mi azúcar salió LO en el aparato y estoy temblando', 'es'), ['blood-sugar-extreme']);
    assert.deepEqual(rules('sugar was LO twice, shaky', 'en'), ['blood-sugar-extreme']);
  });

  it('does not read 911 as a blood sugar, nor a sugar of years ago as today’s', () => {
    assert.deepEqual(rules('What number is too low for my blood sugar where I should call 911 versus just eat something?', 'en'), []);
    assert.deepEqual(rules('yo antes tenia el azucar en 400 y 500 y ahora con la insulina ando en 120', 'es'), []);
  });

  it('reads a question about when a baby’s temperature is a fever as a question', () => {
    assert.deepEqual(rules('Mi bebé de 2 meses tuvo 37.2 en la axila después de la vacuna. ¿Eso se considera fiebre?', 'es'), []);
    assert.deepEqual(rules('my 5 week old had 99.1 under the arm, is that a fever?', 'en'), []);
    assert.deepEqual(rules('At what temperature should I take my baby to the ER? She’s 2 weeks old and totally fine.', 'en'), []);
    assert.deepEqual(rules('¿A partir de qué temperatura debo llevar a mi recién nacido a emergencias?', 'es'), []);
    assert.deepEqual(rules('What’s the most accurate way to check her temperature? She is 10 days old.', 'en'), []);
    assert.deepEqual(rules('¿Cómo le tomo bien la temperatura a mi bebé de un mes?', 'es'), []);
    // A fever said, or read, stays a fever.
    assert.deepEqual(rules('I took my 5 week old’s temperature and it was 100.6', 'en'), ['newborn-fever']);
    assert.deepEqual(rules('mi bebé de 3 semanas tiene fiebre de 38.5, si le da más la llevo?', 'es'), ['newborn-fever']);
  });

  it('does not let laughter make a joke of a bone through the skin', () => {
    assert.deepEqual(rules('fell off my dirt bike and there’s a bone poking out of my shin lol', 'en'), ['serious-injury']);
  });

  it('reads voices that order a burn, a goodbye note with a date, and thoughts of walking onto the highway as a crisis', () => {
    assert.deepEqual(rules('The voices are saying to put my hand on the stove burner and then worse things after that.', 'en'), ['crisis-signs']);
    assert.deepEqual(rules('las voces me dicen que ponga la mano en la estufa', 'es'), ['crisis-signs']);
    assert.deepEqual(rules('Found a note in my 15yo’s backpack that says goodbye to her friends and has a date on it', 'en'), ['crisis-signs']);
    assert.deepEqual(rules('I’ve been having thoughts that I should just disappear, like walk out onto the highway at night', 'en'), ['crisis-signs']);
  });

  it('reads an epinephrine pen used by its brand name as an emergency', () => {
    assert.deepEqual(rules('Me he pinchado el Jext hace diez minutos porque se me cerraba la garganta', 'es'), ['allergic-reaction']);
  });

  it('does not read a medicine label’s warning or a suicide in the family as a crisis now', () => {
    assert.deepEqual(rules('Doing good. The label warns about suicidal thoughts, I haven’t had any. Just refilling.', 'en'), []);
    assert.deepEqual(rules('If he ever tells me he wants to die, what do I say? His friend’s older brother died by suicide.', 'en'), []);
  });
});
