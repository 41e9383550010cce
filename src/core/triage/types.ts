import type { UrgencyFindingId } from './findings.js';

/**
 * A fact that is not a finding on its own but makes one together with another ("pregnant" and
 * "bleeding", "black stool" and "dizzy"): see `combinations.ts`.
 */
export type ConceptId =
  | 'fever'
  | 'pregnant'
  | 'after-birth'
  | 'bleeding'
  | 'heavy-flow'
  | 'belly-pain'
  | 'bad-headache'
  | 'vision-change'
  | 'black-stool'
  | 'dizzy-weak'
  | 'very-high-pressure-words'
  | 'elevated-pressure'
  | 'waters-broke'
  | 'baby-still'
  | 'head-hit'
  | 'blood-thinner'
  | 'head-injury-sign'
  | 'confusion'
  | 'stiff-neck'
  | 'purple-rash'
  | 'chemo'
  | 'hives'
  | 'wheeze'
  | 'giving-away'
  | 'heart-spread'
  | 'cold-sweat'
  | 'lethal-means'
  | 'farewell'
  | 'distress';

/** Where a candidate match sits, in normalised text (see `normalize.ts`). */
export interface MatchScope {
  /** The matched normalised text. */
  readonly match: string;
  /** The clause before the match (from the clause start up to the match). */
  readonly before: string;
  /** The clause after the match (from the match end up to the clause end). */
  readonly after: string;
  /** The whole sentence holding the match. */
  readonly sentence: string;
  /** The sentence with the match cut out (" … " in its place). */
  readonly rest: string;
  /** The sentence is a question (ends with "?" or starts with "¿"). */
  readonly question: boolean;
}

/**
 * One pattern for one finding. Patterns run on normalised text: lower case, no accents, no
 * apostrophes, hyphens as spaces, one white-space character between words. A literal space in
 * `pattern` matches that one white-space character, and a word gap `(?:\w+ ){m,n}` never crosses a
 * negation (see `expandPattern`).
 *
 * A match must start at a word start (a leading lookbehind may check the words before it) and end
 * at a word end. The first four characters of a match must come from a small set (a pattern that
 * opens with `\w+` is rejected when the rules are compiled), and quantifiers must stay bounded
 * wherever they could backtrack, so matching stays linear.
 */
export interface UrgencyRule {
  /** A finding, or a concept that makes a finding only together with another (see `ConceptId`). */
  readonly id: UrgencyFindingId | ConceptId;
  readonly pattern: string;
  /** Extra check, e.g. a temperature or glucose value out of range. */
  readonly accept?: (scope: MatchScope) => boolean;
  /**
   * A one-off event (an accident, a stroke, a seizure, a faint) rather than a symptom: a time in
   * the past keeps it in the past even when the sentence says something is still going on ("a car
   * accident two weeks ago, my neck still hurts"); only a recurrence ("another", "again") revives it.
   */
  readonly event?: boolean;
}

/**
 * The words around a match that change its meaning, for one language. All regular expressions
 * run on normalised text.
 */
export interface LocaleContext {
  /** Single-word negation cues ("no", "denies", "sin", "nunca"). */
  readonly negationWords: ReadonlySet<string>;
  /** Two-word negation cues, joined by one space ("free of", "negative for"). */
  readonly negationPairs: ReadonlySet<string>;
  /** Words that may sit between a negation cue and the finding ("no [signs of any] chest pain"). */
  readonly fillers: ReadonlySet<string>;
  /** Words that continue a negated list ("no fever or chest pain", "ni"). */
  readonly disjunctions: ReadonlySet<string>;
  /** Cues that negate a whole list, even one joined by "and"/"y" ("denies chest pain and SOB", "niega…"). */
  readonly listNegationWords: ReadonlySet<string>;
  /** "and", "y": continue a list only after a list negation cue. */
  readonly conjunctions: ReadonlySet<string>;
  /** Words that start a new clause ("but", "pero"); tested with the `g` flag. */
  readonly clauseBreak: RegExp;
  /** After the finding: it is negated after all ("chest pain: none"). Anchored at the start. */
  readonly negationAfter: RegExp;
  /** After the finding: a negation does not apply ("never had pain like this"). */
  readonly unlikeBefore: RegExp;
  /** A time in the past ("last month", "in 2019", "el mes pasado"); tested on the clause around the match. */
  readonly past: RegExp;
  /** Over and done ("is gone", "went away", "ya se me quitó"); tested on the clause around the match. */
  readonly resolved: RegExp;
  /** Back again despite a resolved marker ("again", "still", "otra vez"); tested on the sentence. */
  readonly recurrence: RegExp;
  /** Current despite a past time ("since", "started", "today", "todavía"); tested on the sentence. */
  readonly ongoing: RegExp;
  /** Just before the finding, it names a past event ("history of", "my last", "después de mi"). Anchored at the end. */
  readonly pastBefore: RegExp;
  /** Hypothetical or risk talk before the finding ("risk of", "if I get", "en caso de"). */
  readonly hypothetical: RegExp;
  /**
   * A sentence that asks ahead of time ("if he ever…", "just want to know before winter", "si
   * algún día…"): nothing in it is happening now. Tested on the sentence.
   */
  readonly notNow: RegExp;
  /**
   * Laughter ("lol", "jaja", 😂), unless the words around it say it is no joke: the clause
   * around it is a joke. Tested on the clause only: "jaja ya sé que exagero, pero se cayó y no
   * mueve el brazo" is no joke.
   */
  readonly laughter: RegExp;
  /** Cues that only mean "hypothetical" in a question ("signs of", "síntomas de"). */
  readonly questionCue: RegExp;
  /** A sentence that is a question even without "?" (starts with what, how, should…). */
  readonly questionStart: RegExp;
  /** The finding names a test, a document, a medicine or a clinic: text just before it. Anchored at the end. */
  readonly documentBefore: RegExp;
  /** Same, text just after it. Anchored at the start. */
  readonly documentAfter: RegExp;
}

/** A language: its rules and its context words. */
export interface LocaleRules {
  readonly rules: readonly UrgencyRule[];
  readonly context: LocaleContext;
}
