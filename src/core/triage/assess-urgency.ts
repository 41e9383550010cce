import type { Locale } from '../locale.js';
import { isDocument, isHypothetical, isNegated, isPast, scopeOf } from './context.js';
import {
  URGENCY_FINDING_IDS,
  URGENCY_FINDING_LEVELS,
  URGENCY_LEVEL_RANK,
  type UrgencyAssessment,
  type UrgencyFinding,
  type UrgencyFindingId,
  type UrgencyLevel,
} from './findings.js';
import { normalizeForMatching, originalSpan } from './normalize.js';
import { FOLD_TABLE, FOLDS as FOLD_COUNT, triggerKeys } from './prefix-keys.js';
import { expandPattern, mergeContexts } from './rule-helpers.js';
import { EN } from './rules-en.js';
import { ES } from './rules-es.js';
import { BEYOND_VETO, MODEL_THRESHOLDS, readWithModel, WORDS_TO_JUDGE } from './classifier.js';
import { combine, YOUNG_BABY_DAYS, type Span } from './combinations.js';
import { dangerousReadings, onlyNormalTemperatures, saysFever, youngestAge, type ReadingHit } from './readings.js';
import type { ConceptId, LocaleContext, LocaleRules, MatchScope, UrgencyRule } from './types.js';

/** Options for `assessUrgency`. */
export interface AssessUrgencyOptions {
  /** Check only this language's phrases. Without it, both English and Spanish are checked. */
  locale?: Locale;
}

interface CompiledRule {
  readonly rule: UrgencyRule;
  readonly locale: Locale;
  readonly context: LocaleContext;
  /** Sticky: tried only at the word starts whose key the rule is registered under. */
  readonly regex: RegExp;
}

/**
 * Word opening → candidate rules, as three small typed arrays indexed by folded characters (see
 * `fold`): `rows[a * FOLDS + b]` is the row of the first two characters (or -1), `cells[row * FOLDS
 * + c]` the cell of the first three (or -1), and `groups[cell * FOLDS + d]` the index of the
 * candidates for all four (or -1). Most words stop at the first or second look-up.
 */
interface TriggerTable {
  readonly rows: Int16Array;
  readonly cells: Int16Array;
  readonly groups: Int16Array;
  readonly candidates: readonly (readonly CompiledRule[])[];
}

/**
 * Compiles every rule once: one sticky regular expression per rule (a literal space matches one
 * white-space character; a match must end at a word end), registered under every four-character
 * opening it can start with. Openings with the same rules share one candidate list.
 */
function compileAll(sets: readonly (readonly [Locale, LocaleRules])[]): TriggerTable {
  const compiled: CompiledRule[] = [];
  const byKey = new Map<number, number[]>();
  for (const [locale, set] of sets) {
    for (const r of set.rules) {
      const index = compiled.length;
      const pattern = expandPattern(r.pattern);
      const source = `(?:${pattern.replace(/ /g, '\\s')})(?![a-z0-9])`;
      compiled.push({ rule: r, locale, context: set.context, regex: new RegExp(source, 'y') });
      for (const key of triggerKeys(pattern)) {
        const list = byKey.get(key);
        if (list === undefined) byKey.set(key, [index]);
        else list.push(index);
      }
    }
  }
  const rows = new Int16Array(FOLDS * FOLDS).fill(-1);
  const pairs = new Set<number>();
  const triples = new Set<number>();
  for (const key of byKey.keys()) {
    triples.add(Math.floor(key / FOLDS));
    pairs.add(Math.floor(key / (FOLDS * FOLDS)));
  }
  const cells = new Int16Array(pairs.size * FOLDS).fill(-1);
  const groups = new Int16Array(triples.size * FOLDS).fill(-1);
  const candidates: CompiledRule[][] = [];
  const shared = new Map<string, number>();
  let nextRow = 0;
  let nextCell = 0;
  for (const [key, indexes] of byKey) {
    const pair = Math.floor(key / (FOLDS * FOLDS));
    const c = Math.floor(key / FOLDS) % FOLDS;
    const d = key % FOLDS;
    let row = rows[pair] ?? -1;
    if (row < 0) rows[pair] = row = nextRow++;
    let cell = cells[row * FOLDS + c] ?? -1;
    if (cell < 0) cells[row * FOLDS + c] = cell = nextCell++;
    const id = indexes.join(',');
    let group = shared.get(id);
    if (group === undefined) {
      group = candidates.length;
      candidates.push(indexes.map((i) => compiled[i] as CompiledRule));
      shared.set(id, group);
    }
    groups[cell * FOLDS + d] = group;
  }
  return { rows, cells, groups, candidates };
}

// Local copies for the hot loop (an imported binding can cost a lookup per use in some loaders).
const FOLDS = FOLD_COUNT;
const FOLD: Uint8Array = FOLD_TABLE;
const SPACE = 37;

/** See `fold` in prefix-keys.ts; 0 past the end of the text (NaN is not below 128). */
function foldAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? (FOLD[code] ?? 0) : 0;
}

/**
 * Compiled on the first call rather than at import, so that loading the library costs nothing
 * until a message is checked.
 */
let table: TriggerTable | undefined;
function triggerTable(): TriggerTable {
  table ??= compileAll([
    ['en', EN],
    ['es', ES],
  ]);
  return table;
}

/** Without a locale, every rule reads its context with both languages' words (texts mix them). */
const BOTH_CONTEXT = mergeContexts(EN.context, ES.context);
const ID_ORDER = new Map<UrgencyFindingId, number>(URGENCY_FINDING_IDS.map((id, index) => [id, index]));

interface Hit {
  id: UrgencyFindingId | ConceptId;
  from: number;
  to: number;
}

type Hits = Map<UrgencyFindingId | ConceptId, Hit>;

/** Walks the word starts once; at each, runs only the rules registered under its opening. */
function scan(text: string, locale: Locale | undefined, hits: Hits): void {
  const { rows, cells, groups, candidates } = triggerTable();
  const length = text.length;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const a = foldAt(text, i);
    const startsWord = a !== 0 && a !== SPACE && (previous === 0 || previous === SPACE);
    previous = a;
    if (!startsWord) continue;
    // Past the end, charCodeAt gives NaN, which folds to 0 ("other"), like the keys expect.
    const row = rows[a * FOLDS + foldAt(text, i + 1)] ?? -1;
    if (row < 0) continue;
    const cell = cells[row * FOLDS + foldAt(text, i + 2)] ?? -1;
    if (cell < 0) continue;
    const group = groups[cell * FOLDS + foldAt(text, i + 3)] ?? -1;
    if (group < 0) continue;
    const found = candidates[group];
    if (found !== undefined) tryRules(text, i, found, locale, hits);
  }
}

function tryRules(text: string, from: number, candidates: readonly CompiledRule[], locale: Locale | undefined, hits: Hits): void {
  for (const { rule: r, locale: ruleLocale, context: own, regex } of candidates) {
    if (hits.has(r.id) || (locale !== undefined && ruleLocale !== locale)) continue;
    const context = locale === undefined ? BOTH_CONTEXT : own;
    regex.lastIndex = from;
    const m = regex.exec(text);
    if (m === null) continue;
    const to = from + m[0].length;
    const scope = scopeOf(text, from, to, context);
    if (outOfScope(scope, context, r.event === true, !SEEN_NOT_FELT.has(r.id))) continue;
    if (r.accept !== undefined && !r.accept(scope)) continue;
    hits.set(r.id, { id: r.id, from, to });
  }
}

/** Findings of what is seen, which laughter does not make a joke of (see `isHypothetical`). */
const SEEN_NOT_FELT: ReadonlySet<string> = new Set(['serious-injury', 'waters-broke']);

/** Negated, in the past, hypothetical or the name of a test: not happening now. */
function outOfScope(scope: MatchScope, context: LocaleContext, event = false, laughterCounts = true): boolean {
  return isNegated(scope, context) || isPast(scope, context, event) || isHypothetical(scope, context, laughterCounts) || isDocument(scope, context);
}

/** How far from a fever a baby's age is looked for, in normalised characters. */
const AGE_WINDOW = 400;

const READING_FINDINGS: Readonly<Record<ReadingHit['kind'], UrgencyFindingId | ConceptId>> = {
  'blood-pressure': 'very-high-blood-pressure',
  'elevated-pressure': 'elevated-pressure',
  oxygen: 'low-oxygen',
  'heart-rate': 'heart-rate-extreme',
  glucose: 'blood-sugar-extreme',
};

/** Readings out of range, and the red flags made of two facts (see `combinations.ts`). */
function addReadingsAndCombinations(text: string, locale: Locale | undefined, hits: Hits): void {
  const context = locale === undefined ? BOTH_CONTEXT : locale === 'en' ? EN.context : ES.context;
  for (const reading of dangerousReadings(text)) {
    const id = READING_FINDINGS[reading.kind];
    if (hits.has(id) || outOfScope(scopeOf(text, reading.from, reading.to, context), context)) continue;
    hits.set(id, { id, from: reading.from, to: reading.to });
  }
  const concepts = new Map<string, Span>(hits);
  // A baby's age matters only beside a fever: it is looked for near the fever only.
  const fever = concepts.get('fever');
  // "Le tomé la temperatura: 36.9": a temperature taken and found normal is not a fever, unless
  // a fever is said in so many words ("has a fever; mine is 98.6").
  if ((fever !== undefined || hits.has('infant-fever')) && onlyNormalTemperatures(text) && !saysFever(text)) {
    concepts.delete('fever');
    hits.delete('infant-fever');
  } else if (fever !== undefined) {
    const from = Math.max(0, fever.from - AGE_WINDOW);
    const age = youngestAge(text.slice(from, fever.to + AGE_WINDOW));
    if (age !== undefined && age.days < YOUNG_BABY_DAYS) concepts.set('young-baby', { from: from + age.from, to: from + age.to });
  }
  for (const [id, { span, replaces }] of combine(concepts)) {
    if (!hits.has(id)) hits.set(id, { id, from: span.from, to: span.to });
    if (replaces !== undefined) hits.delete(replaces);
  }
}

/**
 * The ids of the findings and concepts the rules found (not the model), with their spans in the
 * normalised text: the model reads them as features. For training the model.
 */
export function ruleSignals(text: string, options: AssessUrgencyOptions = {}): { normalized: string; signals: Map<string, Span> } {
  const normalized = normalizeForMatching(text).text;
  return { normalized, signals: new Map(ruleHits(normalized, options.locale)) };
}

/** What the rules find in normalised text: phrases, readings and two-fact red flags. */
function ruleHits(text: string, locale: Locale | undefined): Hits {
  const hits: Hits = new Map();
  scan(text, locale, hits);
  addReadingsAndCombinations(text, locale, hits);
  return hits;
}

/**
 * The model's reading, beside the rules: a rule's emergency or crisis finding is set aside when
 * the message is long enough to judge and its own words weigh strongly against it (a report, a past event, a question the
 * rules took at face value); a crisis or an emergency the rules did not name becomes a finding placed on the
 * word that weighed most.
 */
function applyModel(text: string, hits: Hits): void {
  const reading = readWithModel(text, new Map(hits));
  const judged = reading.wordCount >= WORDS_TO_JUDGE;
  const named = (level: 'emergency' | 'crisis'): boolean => [...hits.keys()].some((id) => isFinding(id) && URGENCY_FINDING_LEVELS[id] === level);
  // Crises first: a message that still states a crisis is not routine, so its emergency findings
  // stay (the emergency model learned crises as "not an emergency", and would drop the chest pain).
  for (const level of ['crisis', 'emergency'] as const) {
    const crisisStands = level === 'emergency' && named('crisis');
    for (const id of [...hits.keys()]) {
      if (!judged || !isFinding(id) || BEYOND_VETO.has(id) || URGENCY_FINDING_LEVELS[id] !== level) continue;
      // The model sets a finding aside only when it reads the whole message as routine (neither an
      // emergency nor a crisis): an overdose taken to die reads more as a crisis, and stays an emergency.
      const routine = reading.emergency < MODEL_THRESHOLDS.veto && reading.crisis < MODEL_THRESHOLDS.veto && !crisisStands;
      const words = level === 'emergency' ? reading.emergencyWords : reading.crisisWords;
      // A crisis said in so many words is set aside only when the words weigh clearly against it.
      const limit = level === 'crisis' && id !== 'crisis-signs' ? MODEL_THRESHOLDS.vetoStatedWords : MODEL_THRESHOLDS.vetoWords;
      if (routine && words < limit) hits.delete(id);
    }
  }
  if (reading.emergency >= MODEL_THRESHOLDS.emergency && reading.emergencySpan !== undefined && !named('emergency')) {
    hits.set('emergency-signs', { id: 'emergency-signs', ...reading.emergencySpan });
  }
  const flagged = named('emergency') || reading.crisis >= MODEL_THRESHOLDS.crisis;
  const crisis = reading.crisis >= MODEL_THRESHOLDS.crisis || (flagged && reading.crisis >= MODEL_THRESHOLDS.crisisRoute);
  if (crisis && reading.crisisSpan !== undefined && !named('crisis')) {
    hits.set('crisis-signs', { id: 'crisis-signs', ...reading.crisisSpan });
  }
}

function isFinding(id: UrgencyFindingId | ConceptId): id is UrgencyFindingId {
  return Object.hasOwn(URGENCY_FINDING_LEVELS, id);
}

/**
 * Reads a patient's message for signs of an emergency, a mental-health crisis or a same-day
 * problem. It is a safety net, not a diagnosis: it looks for phrases ("chest pain", "no puedo
 * respirar", "want to end my life") and skips them when they are negated ("no chest pain"), in the
 * past ("my seizure in 2019"), hypothetical ("what are the signs of a stroke?") or the name of a
 * test or a medicine ("chest x-ray", "seizure medication").
 *
 * One pass over the word starts of the text; a rule runs only where a word can start it, and
 * every pattern is bounded, so the time grows linearly with the length of the text. The rules are
 * compiled on the first call (tens of milliseconds, once). Never logs and never keeps the text.
 *
 * @returns the most severe level found and one finding per id (its first occurrence), sorted by
 * offset; `match` and `offset` refer to the original `text`.
 */
export function assessUrgency(text: string, options: AssessUrgencyOptions = {}): UrgencyAssessment {
  return assess(text, options.locale, true);
}

/** The rules alone, without the model's reading: for training and measuring the model. */
export function assessWithRulesOnly(text: string, options: AssessUrgencyOptions = {}): UrgencyAssessment {
  return assess(text, options.locale, false);
}

function assess(text: string, locale: Locale | undefined, withModel: boolean): UrgencyAssessment {
  if (typeof text !== 'string' || text.length === 0) return { level: 'none', findings: [] };
  const normalized = normalizeForMatching(text);
  const hits = ruleHits(normalized.text, locale);
  if (withModel) applyModel(normalized.text, hits);
  if (hits.size === 0) return { level: 'none', findings: [] };

  let level: UrgencyLevel = 'none';
  const findings: UrgencyFinding[] = [];
  for (const hit of hits.values()) {
    if (!isFinding(hit.id)) continue;
    const findingLevel = URGENCY_FINDING_LEVELS[hit.id];
    if (URGENCY_LEVEL_RANK[findingLevel] > URGENCY_LEVEL_RANK[level]) level = findingLevel;
    const { offset, end } = originalSpan(text, normalized, hit.from, hit.to);
    findings.push({ id: hit.id, level: findingLevel, match: text.slice(offset, end), offset });
  }
  findings.sort((a, b) => a.offset - b.offset || (ID_ORDER.get(a.id) ?? 0) - (ID_ORDER.get(b.id) ?? 0));
  return { level, findings };
}
