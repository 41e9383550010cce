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
 * Calls `visit` with each feature of normalised text (see `normalize.ts`) and where it stands, in
 * reading order, repeats included: what the rules found (`#chest-pain`, `#lethal-means`), then
 * the words, the first five letters of the longer words (so "stockpiled" and "stockpiling"
 * meet) and the word pairs.
 */
function walkFeatures(text: string, ruleSignals: ReadonlyMap<string, TokenSpan>, visit: (feature: string, from: number, to: number) => void): void {
  for (const [id, span] of ruleSignals) visit(`#${id}`, span.from, span.to);
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
    visit(word, from, to);
    if (raw.length > 6) visit(`${negated ? '~' : ''}${raw.slice(0, 5)}*`, from, to);
    if (previous !== undefined) visit(`${previous} ${word}`, previousFrom, to);
    previous = word;
    previousFrom = from;
  }
}

/** The features of normalised text, each with its first span (for training and tests). */
export function featuresOf(text: string, ruleSignals: ReadonlyMap<string, TokenSpan> = new Map()): Features {
  const found: Features = new Map();
  walkFeatures(text, ruleSignals, (feature, from, to) => {
    if (!found.has(feature)) found.set(feature, { from, to });
  });
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
  /** How many words the message has (see `WORDS_TO_JUDGE`). */
  readonly wordCount: number;
}

/** A feature's weights in both models. */
interface Weight {
  readonly emergency: number;
  readonly crisis: number;
  /** A negated word or pair: not counted in `…Words`. */
  readonly negated: boolean;
}

/** The weights, looked up without building a string per feature. */
interface Tables {
  /** Words ("pain", "~pain") and what the rules found ("#chest-pain"). */
  readonly words: ReadonlyMap<string, Weight>;
  /** Five-letter stems ("stock", "~stock"), without their "*". */
  readonly stems: ReadonlyMap<string, Weight>;
  /** Word pairs: first word, then second word. */
  readonly pairs: ReadonlyMap<string, ReadonlyMap<string, Weight>>;
}

let tables: Tables | undefined;

/**
 * The features of `MODEL` with their weights (emergency, crisis). The features are sorted and
 * front-coded: each line is one base-36 digit, how many characters it shares with the line before,
 * then the rest; the weights are two lists of hundredths in the same order. Stored as columns,
 * the table is a fifth smaller gzipped than as rows.
 */
export function* modelWeights(): Generator<readonly [feature: string, emergency: number, crisis: number]> {
  const emergency = MODEL.emergency.split(',');
  const crisis = MODEL.crisis.split(',');
  let feature = '';
  let i = 0;
  for (const line of MODEL.features.split('\n')) {
    feature = feature.slice(0, parseInt(line[0] ?? '0', 36)) + line.slice(1);
    yield [feature, Number(emergency[i] ?? 0) / 100, Number(crisis[i] ?? 0) / 100];
    i++;
  }
}

/** Unpacks `MODEL` once into look-up tables. */
function loadTables(): Tables {
  const words = new Map<string, Weight>();
  const stems = new Map<string, Weight>();
  const pairs = new Map<string, Map<string, Weight>>();
  for (const [feature, e, c] of modelWeights()) {
    const weight = { emergency: e, crisis: c, negated: feature.includes('~') };
    const space = feature.indexOf(' ');
    if (space > 0) {
      const first = feature.slice(0, space);
      let seconds = pairs.get(first);
      if (seconds === undefined) pairs.set(first, (seconds = new Map()));
      seconds.set(feature.slice(space + 1), weight);
    } else if (feature.endsWith('*')) stems.set(feature.slice(0, -1), weight);
    else words.set(feature, weight);
  }
  return { words, stems, pairs };
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Reads normalised text with both models, given what the rules found in it: the same features
 * as `featuresOf`, each counted once, in one pass over the words and without building a string
 * for the features the models do not know.
 */
export function readWithModel(text: string, ruleSignals: ReadonlyMap<string, TokenSpan>): ModelReading {
  tables ??= loadTables();
  const { words, stems, pairs } = tables;
  const sum = new Tally();
  for (const id of ruleSignals.keys()) sum.signal(words.get(`#${id}`));
  let negated = false;
  let previous: ReadonlyMap<string, Weight> | undefined;
  let hadPrevious = false;
  let previousFrom = 0;
  let count = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const raw = m[0];
    const first = raw.charCodeAt(0);
    if ((first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39)) count++;
    if (CLAUSE_END.has(raw) || NEGATIONS.has(raw)) {
      negated = !CLAUSE_END.has(raw);
      hadPrevious = false;
      continue;
    }
    const from = m.index;
    const to = from + raw.length;
    const word = negated ? `~${raw}` : raw;
    sum.word(words.get(word), from, to);
    if (raw.length > 6) sum.word(stems.get(negated ? `~${raw.slice(0, 5)}` : raw.slice(0, 5)), from, to);
    if (hadPrevious && previous !== undefined) sum.word(previous.get(word), previousFrom, to);
    previous = pairs.get(word);
    hadPrevious = true;
    previousFrom = from;
  }
  return sum.reading(count);
}

/** The running sums of `readWithModel`: each feature counted once. */
class Tally {
  private readonly counted = new Set<Weight>();
  private emergency = MODEL.emergencyBias;
  private crisis = MODEL.crisisBias;
  // Negated words ("no chest pain") and the rules' findings never weigh in the words' own sum:
  // a negated mention must not count against another ("no chest pain yesterday, today it's back").
  private emergencyWords = 0;
  private crisisWords = 0;
  private bestEmergency = 0;
  private bestCrisis = 0;
  private emergencySpan: TokenSpan | undefined;
  private crisisSpan: TokenSpan | undefined;

  /** What the rules found: it weighs in the probabilities only. */
  signal(w: Weight | undefined): void {
    if (w === undefined || this.counted.has(w)) return;
    this.counted.add(w);
    this.emergency += w.emergency;
    this.crisis += w.crisis;
  }

  word(w: Weight | undefined, from: number, to: number): void {
    if (w === undefined || this.counted.has(w)) return;
    this.counted.add(w);
    this.emergency += w.emergency;
    this.crisis += w.crisis;
    if (!w.negated) {
      this.emergencyWords += w.emergency;
      this.crisisWords += w.crisis;
    }
    if (w.emergency > this.bestEmergency) {
      this.bestEmergency = w.emergency;
      this.emergencySpan = { from, to };
    }
    if (w.crisis > this.bestCrisis) {
      this.bestCrisis = w.crisis;
      this.crisisSpan = { from, to };
    }
  }

  reading(wordCount: number): ModelReading {
    return {
      emergency: sigmoid(this.emergency),
      crisis: sigmoid(this.crisis),
      emergencyWords: this.emergencyWords,
      crisisWords: this.crisisWords,
      emergencySpan: this.emergencySpan,
      crisisSpan: this.crisisSpan,
      wordCount,
    };
  }
}

/**
 * Findings the model never sets aside: a number out of range and a baby's age with a fever are
 * exact by construction, and the model has seen too few of them to overrule them.
 */
export const BEYOND_VETO: ReadonlySet<string> = new Set(['very-high-blood-pressure', 'low-oxygen', 'heart-rate-extreme', 'blood-sugar-extreme', 'newborn-fever']);

/** Below this many words a message is too short for the model to overrule the rules. */
export const WORDS_TO_JUDGE = 12;

/** How many words normalised text holds (negations included, as `readWithModel` counts them). */
export function wordCount(text: string): number {
  let count = 0;
  const words = /[a-z0-9]+/g;
  while (words.exec(text) !== null) count++;
  return count;
}

/** The probabilities above which a model's reading becomes a finding (chosen in training). */
export const MODEL_THRESHOLDS = {
  emergency: MODEL.emergencyThreshold,
  crisis: MODEL.crisisThreshold,
  /** Once the message is flagged, this crisis reading is enough to put the crisis line first. */
  crisisRoute: MODEL.crisisRouteThreshold,
  /** A rule's finding is set aside when both readings are below this, and the words weigh below `vetoWords`. */
  veto: MODEL.vetoBelow,
  vetoWords: MODEL.vetoWordsBelow,
  /** A crisis said in so many words is set aside only when the words weigh below this. */
  vetoStatedWords: MODEL.vetoStatedWordsBelow,
} as const;
