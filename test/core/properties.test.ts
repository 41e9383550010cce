/**
 * Property-based tests: the core must hold up on any text a patient (or a paste, or a broken
 * keyboard) can produce. Random Unicode, mixed with the characters that break naive code (control
 * characters, lone surrogates, right-to-left text and marks, emoji ZWJ sequences, decomposed
 * accents, CR LF) and with clinical phrases, so the urgency rules really fire.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assessUrgency, URGENCY_FINDING_IDS, URGENCY_FINDING_LEVELS, URGENCY_LEVEL_RANK } from '../../src/core/triage/index.js';
import { countCharacters, createCharacterCounter } from '../../src/core/count-characters.js';
import { checkCounterAgainstSegmenter } from '../shared/grapheme-edits.js';
import { cleanAnswer, cleanText } from '../../src/core/clean-text.js';
import { assembleBody, suggestSubject, type AnsweredField } from '../../src/core/message-body.js';
import { buildPayload, type PayloadInput } from '../../src/core/build-payload.js';
import { messagePayloadSchema, SUBJECT_MAX_LENGTH } from '../../src/core/payload-schema.js';
import { URGENCY_LEVELS } from '../../src/core/urgency-levels.js';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const LONG_RUNS = 8;

// ---- text generators -------------------------------------------------------------------------

const fromCodes = (min: number, max: number) => fc.integer({ min, max }).map((code) => String.fromCharCode(code));

/** C0, DEL and C1 controls, and the other invisible characters `cleanText` removes. */
const controlChar = fc.oneof(fromCodes(0x00, 0x1f), fromCodes(0x7f, 0x9f), fc.constantFrom('\r\n', '\r', '\u200b', '\u2028', '\u2029', '\ufeff'));
const loneSurrogate = fromCodes(0xd800, 0xdfff);
const rtl = fc.constantFrom('שלום', 'مرحبا', 'ألم في الصدر', 'أريد أن أموت', '\u200f', '\u200e', '\u202b', '\u202e', '\u2067', '\u2069', '\u061c');
const emoji = fc.constantFrom('👨‍👩‍👧', '👍🏽', '🇲🇽', '🏳️‍🌈', '👩🏽‍⚕️', '🧑‍🤝‍🧑', '❤️', '\u200d', '\ufe0f', '\u{1f3fd}', '🤒😷');
const combining = fc.constantFrom('e\u0301', 'n\u0303', '\u0301', '\u0308', 'A\u030a', '\u1100\u1161\u11a8', '각', 'ﬁ', 'Ω', 'K', 'İ', 'ß');
const clinical = fc.constantFrom(
  'chest pain',
  'CHEST PAIN',
  'left side chest pain radiating to my arm',
  "can't breathe",
  'can’t breathe',
  'short of breath',
  'dolor de pecho',
  'DOLOR EN EL PECHO',
  'no puedo respirar',
  'no puedo respirar',
  'Respiracio\u0301n',
  'I want to end my life',
  'quiero morir',
  'me quiero matar',
  'fever of 104',
  'fiebre de 40',
  'seizure',
  'convulsión',
  'self-harm',
  'passed out',
  'blood sugar 35',
  'chest x-ray',
  'no ',
  'not ',
  'never ',
  'sin ',
  'last year ',
  'what are the signs of ',
  ' — ',
  ', ',
  '. ',
  '?',
  '¿',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
);
const graphemes = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 });
const anyCodePoints = fc.string({ unit: 'binary', minLength: 1, maxLength: 3 });

/** One piece of text: most of the time a word or a phrase, sometimes something hostile. */
const piece = fc.oneof(
  { arbitrary: clinical, weight: 6 },
  { arbitrary: graphemes, weight: 4 },
  { arbitrary: anyCodePoints, weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }), weight: 3 },
  { arbitrary: controlChar, weight: 2 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: rtl, weight: 1 },
  { arbitrary: emoji, weight: 1 },
  { arbitrary: combining, weight: 1 },
);
const text = fc.string({ unit: piece, maxLength: 60 });
/** Up to ~100 000 code units: a pasted document. */
const longText = fc.noShrink(
  fc.tuple(fc.string({ unit: piece, minLength: 20, maxLength: 60 }), fc.integer({ min: 50, max: 400 })).map(([chunk, times]) => chunk.repeat(times).slice(0, 100_000)),
);

// ---- helpers ---------------------------------------------------------------------------------

let segmenter: Intl.Segmenter | undefined;
const graphemeCount = (value: string): number => {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(value)) count++;
  return count;
};
/** Control characters (general category Cc) other than tab and newline. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/u;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROL_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const LONE_SURROGATE = /\p{Cs}/u;
const codes = (value: string) => [...value].map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

// ---- assessUrgency ---------------------------------------------------------------------------

describe('property: assessUrgency', () => {
  it('never throws, gives a valid level and findings that point into the original text', () => {
    let withFindings = 0;
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'en' as const, 'es' as const), (value, locale) => {
        const result = assessUrgency(value, locale === undefined ? {} : { locale });
        assert.ok(URGENCY_LEVELS.includes(result.level), result.level);
        const ids = new Set<string>();
        let mostSevere = 0;
        let previousOffset = -1;
        for (const finding of result.findings) {
          assert.ok(URGENCY_FINDING_IDS.includes(finding.id), finding.id);
          assert.equal(finding.level, URGENCY_FINDING_LEVELS[finding.id]);
          assert.ok(!ids.has(finding.id), `one finding per id: ${finding.id}`);
          ids.add(finding.id);
          assert.ok(Number.isInteger(finding.offset) && finding.offset >= 0 && finding.offset + finding.match.length <= value.length);
          assert.ok(finding.match.length > 0);
          assert.equal(value.slice(finding.offset, finding.offset + finding.match.length), finding.match);
          assert.ok(finding.offset >= previousOffset, 'sorted by offset');
          previousOffset = finding.offset;
          mostSevere = Math.max(mostSevere, URGENCY_LEVEL_RANK[finding.level]);
        }
        assert.equal(URGENCY_LEVEL_RANK[result.level], mostSevere);
        assert.equal(result.level === 'none', result.findings.length === 0);
        if (result.findings.length > 0) withFindings++;
      }),
      { numRuns: RUNS * 3 },
    );
    // The generator must exercise the findings, not only the empty case.
    assert.ok(withFindings > RUNS / 10, `only ${withFindings} runs had findings`);
  });

  it('holds on very long text', () => {
    fc.assert(
      fc.property(longText, (value) => {
        const result = assessUrgency(value);
        assert.ok(URGENCY_LEVELS.includes(result.level));
        for (const finding of result.findings) assert.equal(value.slice(finding.offset, finding.offset + finding.match.length), finding.match);
      }),
      { numRuns: LONG_RUNS },
    );
  });

  it('never throws on values that are not text', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      assert.deepEqual(assessUrgency(value as unknown as string), { level: 'none', findings: [] });
    }
  });
});

// ---- countCharacters -------------------------------------------------------------------------

describe('property: countCharacters', () => {
  it('never throws, is at most the length and equals the Intl.Segmenter grapheme count', () => {
    fc.assert(
      fc.property(text, (value) => {
        const count = countCharacters(value);
        assert.ok(Number.isInteger(count) && count >= 0);
        assert.ok(count <= value.length);
        assert.equal(count, graphemeCount(value), codes(value));
        assert.equal(count === 0, value.length === 0);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  // Up to 20 000 code units only: on Node 20 (V8 11.3) iterating Intl.Segmenter segments is
  // quadratic in the length of the text (100 000 "é" take ~10 s); Chromium is linear.
  it('equals the grapheme count on very long text', () => {
    fc.assert(
      fc.property(longText.map((value) => value.slice(0, 20_000)), (value) => {
        assert.equal(countCharacters(value), graphemeCount(value));
      }),
      { numRuns: LONG_RUNS },
    );
  });

  it('is additive on ASCII, except that CR + LF make one character', () => {
    const ascii = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), fc.constantFrom('\r', '\n', '\r\n')), maxLength: 80 });
    fc.assert(
      fc.property(ascii, ascii, (a, b) => {
        const joined = a.endsWith('\r') && b.startsWith('\n');
        assert.equal(countCharacters(a + b), countCharacters(a) + countCharacters(b) - (joined ? 1 : 0));
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

// ---- cleanText, assembleBody, buildPayload ---------------------------------------------------

describe('property: cleanText', () => {
  it('gives NFC text without control characters other than tab and newline', () => {
    fc.assert(
      fc.property(text, (value) => {
        for (const cleaned of [cleanText(value), cleanAnswer(value)]) {
          assert.ok(!FORBIDDEN_CONTROL_BUT_NEWLINE.test(cleaned), codes(cleaned));
          assert.equal(cleaned, cleaned.normalize('NFC'), `not NFC: ${codes(cleaned)} from ${codes(value)}`);
          assert.ok(!cleaned.includes('\r'));
          assert.ok(!LONE_SURROGATE.test(cleaned), `lone surrogate: ${codes(cleaned)}`);
        }
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('composes a letter and an accent that a removed character kept apart (found by the property above)', () => {
    assert.equal(cleanText('A\u030a\u200b\u0301'), '\u01fa');
    assert.equal(cleanAnswer('e\u0000\u0301'), '\u00e9');
    assert.equal(cleanText('x\ud800y\udc00'), 'x\ufffdy\ufffd');
    assert.equal(cleanText('\ud83d\u0000\ude00'), '😀');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(text, (value) => {
        assert.equal(cleanText(cleanText(value)), cleanText(value));
        assert.equal(cleanAnswer(cleanAnswer(value)), cleanAnswer(value));
      }),
      { numRuns: RUNS },
    );
  });
});

const fieldId = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
/** Labels come from the config, validated: never empty once cleaned. */
const label = text.filter((value) => cleanAnswer(value) !== '');
const field = fc.record({ id: fieldId, label, value: text });
const fields = fc.array(field, { maxLength: 6 });

const payloadInput = fc.record({
  fields,
  message: text,
  messageLabel: label,
  subject: text,
  categoryLabel: label,
  locale: fc.constantFrom('en' as const, 'es' as const),
  regarding: fc.constantFrom(undefined, 'self' as const, 'other' as const),
  redirect: fc.constantFrom(undefined, 'https://portal.example/refills'),
});

const BIG_LIMIT = 1_000_000;

interface GeneratedInput {
  fields: AnsweredField[];
  message: string;
  messageLabel: string;
  subject: string;
  categoryLabel: string;
  locale: 'en' | 'es';
  regarding: 'self' | 'other' | undefined;
  redirect: string | undefined;
}

const toInput = (g: GeneratedInput): PayloadInput => ({
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  createdAt: new Date('2026-11-21T10:00:00Z'),
  locale: g.locale,
  category: { id: 'question', label: g.categoryLabel, routeTo: 'nurse' },
  subject: g.subject,
  fields: g.fields,
  message: g.message,
  messageLabel: g.messageLabel,
  urgency: { level: 'none', findings: [], decision: 'continued', checkedAt: '2026-11-21T09:59:12.000Z' },
  characterLimit: BIG_LIMIT,
  regarding: g.regarding,
  declinedRedirect: g.redirect,
});

describe('property: assembleBody and buildPayload', () => {
  it('assembleBody never throws and gives NFC text without control characters but tab and newline', () => {
    fc.assert(
      fc.property(fields, text, label, (answered, message, messageLabel) => {
        const body = assembleBody(answered, message, messageLabel);
        assert.ok(!FORBIDDEN_CONTROL_BUT_NEWLINE.test(body), codes(body));
        assert.equal(body, body.normalize('NFC'), codes(body));
        assert.ok(!LONE_SURROGATE.test(body), codes(body));
        assert.equal(body === '', answered.every((f) => cleanAnswer(f.value) === '') && cleanText(message).trim() === '');
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('buildPayload never throws, and the payload validates whenever the form would let it be sent', () => {
    let checked = 0;
    fc.assert(
      fc.property(payloadInput, (generated) => {
        const input = toInput(generated);
        const payload = buildPayload(input);
        // What `<sm-compose>` requires before sending: a subject and something written.
        fc.pre(payload.subject !== '' && payload.subject.length <= SUBJECT_MAX_LENGTH && payload.body.trim() !== '');
        checked++;
        const result = messagePayloadSchema.safeParse(payload);
        assert.ok(result.success, JSON.stringify(result.error?.issues));
        assert.equal(payload.characterCount, graphemeCount(payload.body));
        for (const value of [payload.body, ...payload.fields.flatMap((f) => [f.label, f.value])]) {
          assert.ok(!FORBIDDEN_CONTROL_BUT_NEWLINE.test(value), codes(value));
          assert.equal(value, value.normalize('NFC'), codes(value));
          assert.ok(!LONE_SURROGATE.test(value), codes(value));
        }
        assert.ok(!FORBIDDEN_CONTROL.test(payload.subject), `subject: ${codes(payload.subject)}`);
        assert.ok(!/\t/.test(payload.subject), 'the subject is one line');
        assert.equal(payload.subject, payload.subject.normalize('NFC'), codes(payload.subject));
      }),
      { numRuns: RUNS * 2 },
    );
    assert.ok(checked > RUNS, `only ${checked} payloads were sendable`);
  });

  // The schema and the subject input's maxlength count UTF-16 code units, so truncate() does too.
  it('a suggested subject always fits the payload schema', () => {
    fc.assert(
      fc.property(label, text, (categoryLabel, keyAnswer) => {
        const subject = suggestSubject(cleanAnswer(categoryLabel), keyAnswer);
        assert.ok(subject.length <= SUBJECT_MAX_LENGTH, `${subject.length} UTF-16 code units: ${codes(subject)}`);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('property: createCharacterCounter', () => {
  it('after 10,000 random sequences of edits over every grapheme-break class equals a full Intl.Segmenter count', () => {
    checkCounterAgainstSegmenter(10_000);
  });

  it('counts Thai SARA AM and half-width sound marks typed, pasted and deleted one by one (issue: the count drifted)', () => {
    for (const joiner of ['\u0e33', '\uff9e']) {
      const base = joiner === '\u0e33' ? 'ท' : 'ｶ';
      const count = createCharacterCounter();
      let text = '';
      for (let k = 0; k < 14; k++) {
        text += base;
        assert.equal(count(text), graphemeCount(text));
        text += joiner;
        assert.equal(count(text), graphemeCount(text));
        text = text.slice(0, -1);
        assert.equal(count(text), graphemeCount(text));
      }
      assert.equal(count(''), 0);
      assert.equal(count('abc'), 3);
    }
  });

  it('across a window boundary of a long text, too', () => {
    const long = `${'x'.repeat(1023)}ท\u0e33${'ｶ\uff9e'.repeat(600)}`;
    assert.equal(countCharacters(long), graphemeCount(long));
  });

  it('after any sequence of edits equals a full count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(40), fc.nat(3), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 20 }),
        (parts, edits) => {
          const count = createCharacterCounter();
          let text = parts.join('');
          assert.equal(count(text), countCharacters(text));
          for (const [at, removed, inserted] of edits) {
            const i = Math.min(at, text.length);
            text = text.slice(0, i) + inserted + text.slice(i + removed);
            assert.equal(count(text), countCharacters(text));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
