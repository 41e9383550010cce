/**
 * The second opinion beside the rules: two small linear models (logistic regression over words
 * and word pairs) that read a message as a whole, for the emergencies and crises written in words
 * no rule lists. Trained by `scripts/train-urgency-model.ts` on the tuning part of the written
 * corpus (never on the sealed part); the weights live in `model.ts`.
 *
 * Words after a negation in the same clause are read as negated ("no chest pain" gives
 * `~chest`, `~pain`), so the model can learn that they do not count.
 */
import { MODEL } from './model.js';

/** Where a word sits in the normalised text. */
export interface TokenSpan {
  readonly from: number;
  readonly to: number;
}

/** One feature (a word or a pair of words) and where it was first seen. */
export type Features = Map<string, TokenSpan>;

const WORD = /[a-z0-9]+|[.!?;:,\n]/g;
const NEGATIONS = new Set([
  'no', 'not', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'havent', 'hasnt', 'denies', 'without', 'nor', 'wont',
  'sin', 'nunca', 'ni', 'tampoco', 'jamas', 'niega', 'niego',
]);
const CLAUSE_END = new Set(['.', '!', '?', ';', ':', '\n', ',', 'but', 'pero', 'although', 'aunque', 'however', 'sino']);

/**
 * The features of normalised text (see `normalize.ts`), each with its first span: its words, the
 * first five letters of its longer words (so "stockpiled" and "stockpiling" meet), its word
 * pairs, and what the rules found (`#chest-pain`, `#lethal-means`).
 */
export function featuresOf(text: string, ruleSignals: ReadonlyMap<string, TokenSpan> = new Map()): Features {
  const found: Features = new Map();
  for (const [id, span] of ruleSignals) found.set(`#${id}`, span);
  let negated = false;
  let previous: string | undefined;
  let previousFrom = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const raw = m[0];
    if (CLAUSE_END.has(raw)) {
      negated = false;
      previous = undefined;
      continue;
    }
    const from = m.index;
    const to = from + raw.length;
    if (NEGATIONS.has(raw)) {
      negated = true;
      previous = undefined;
      continue;
    }
    const word = negated ? `~${raw}` : raw;
    if (!found.has(word)) found.set(word, { from, to });
    if (raw.length > 6) {
      const stem = `${negated ? '~' : ''}${raw.slice(0, 5)}*`;
      if (!found.has(stem)) found.set(stem, { from, to });
    }
    if (previous !== undefined) {
      const pair = `${previous} ${word}`;
      if (!found.has(pair)) found.set(pair, { from: previousFrom, to });
    }
    previous = word;
    previousFrom = from;
  }
  return found;
}

/**
 * What each model reads, as a probability, and the feature that weighed most towards it; and
 * how much the words alone (not what the rules found, nor negated words) weigh for or against it.
 */
export interface ModelReading {
  readonly emergency: number;
  readonly crisis: number;
  readonly emergencyWords: number;
  readonly crisisWords: number;
  readonly emergencySpan: TokenSpan | undefined;
  readonly crisisSpan: TokenSpan | undefined;
}

interface Weights {
  readonly emergency: ReadonlyMap<string, number>;
  readonly crisis: ReadonlyMap<string, number>;
}

let weights: Weights | undefined;

/** Unpacks `MODEL` once: lines of "feature<TAB>emergency weight<TAB>crisis weight", in hundredths. */
function loadWeights(): Weights {
  const emergency = new Map<string, number>();
  const crisis = new Map<string, number>();
  for (const line of MODEL.weights.split('\n')) {
    const [feature, e, c] = line.split('\t');
    if (feature === undefined || feature === '') continue;
    if (e !== undefined && e !== '' && e !== '0') emergency.set(feature, Number(e) / 100);
    if (c !== undefined && c !== '' && c !== '0') crisis.set(feature, Number(c) / 100);
  }
  return { emergency, crisis };
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

function read(features: Features, table: ReadonlyMap<string, number>, bias: number): { p: number; words: number; span: TokenSpan | undefined } {
  let sum = bias;
  let words = 0;
  let best = 0;
  let span: TokenSpan | undefined;
  for (const [feature, where] of features) {
    const w = table.get(feature);
    if (w === undefined) continue;
    sum += w;
    if (feature.startsWith('#')) continue;
    // Negated words ("no chest pain") are the rules' own business: they never weigh against
    // another mention ("no chest pain yesterday, chest pain today").
    if (!feature.includes('~')) words += w;
    if (w > best) {
      best = w;
      span = where;
    }
  }
  return { p: sigmoid(sum), words, span };
}

/** Reads normalised text with both models, given what the rules found in it. */
export function readWithModel(text: string, ruleSignals: ReadonlyMap<string, TokenSpan>): ModelReading {
  weights ??= loadWeights();
  const features = featuresOf(text, ruleSignals);
  const e = read(features, weights.emergency, MODEL.emergencyBias);
  const c = read(features, weights.crisis, MODEL.crisisBias);
  return { emergency: e.p, crisis: c.p, emergencyWords: e.words, crisisWords: c.words, emergencySpan: e.span, crisisSpan: c.span };
}

/**
 * Findings the model never sets aside: a number out of range and a baby's age with a fever are
 * exact by construction, and the model has seen too few of them to overrule them.
 */
export const BEYOND_VETO: ReadonlySet<string> = new Set(['very-high-blood-pressure', 'low-oxygen', 'heart-rate-extreme', 'blood-sugar-extreme', 'newborn-fever']);

/** Below this many words a message is too short for the model to overrule the rules. */
export const WORDS_TO_JUDGE = 12;

/** How many words normalised text holds. */
export function wordCount(text: string): number {
  return text.match(/[a-z0-9]+/g)?.length ?? 0;
}

/** The probabilities above which a model's reading becomes a finding (chosen in training). */
export const MODEL_THRESHOLDS = {
  emergency: MODEL.emergencyThreshold,
  crisis: MODEL.crisisThreshold,
  /** Once the message is flagged, this crisis reading is enough to put the crisis line first. */
  crisisRoute: MODEL.crisisRouteThreshold,
  /** A rule's finding is set aside below this probability, when the words weigh below `vetoWords`. */
  veto: MODEL.vetoBelow,
  vetoWords: MODEL.vetoWordsBelow,
  /** A crisis said in so many words is set aside only when the words weigh below this. */
  vetoStatedWords: MODEL.vetoStatedWordsBelow,
} as const;
