import type { LocaleContext, MatchScope } from './types.js';

/** How far the scope looks around a match, in normalised characters. */
const LOOK_BACK = 200;
const LOOK_AHEAD = 200;

/** A sentence ends at . ! ? ; a line break, or an opening ¿ ¡ (a decimal point is not an end). */
function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0xbf || c === 0xa1) return true;
  if (c === 0x2e) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    const digit = (x: number): boolean => x >= 0x30 && x <= 0x39;
    return !(digit(before) && digit(after));
  }
  return false;
}

function lastBreak(segment: string, breaker: RegExp): number {
  breaker.lastIndex = 0;
  let cut = 0;
  let m: RegExpExecArray | null;
  while ((m = breaker.exec(segment)) !== null) {
    cut = m.index + m[0].length;
    if (m[0].length === 0) breaker.lastIndex++;
  }
  return cut;
}

function firstBreak(segment: string, breaker: RegExp): number {
  breaker.lastIndex = 0;
  const m = breaker.exec(segment);
  return m === null ? segment.length : m.index;
}

/** Builds the clause and sentence around `text.slice(start, end)`. */
export function scopeOf(text: string, start: number, end: number, context: LocaleContext): MatchScope {
  const floor = Math.max(0, start - LOOK_BACK);
  let sentenceStart = start;
  while (sentenceStart > floor && !isSentenceEnd(text, sentenceStart - 1)) sentenceStart--;
  const ceiling = Math.min(text.length, end + LOOK_AHEAD);
  let sentenceEnd = end;
  while (sentenceEnd < ceiling && !isSentenceEnd(text, sentenceEnd)) sentenceEnd++;

  const head = text.slice(sentenceStart, start);
  const tail = text.slice(end, sentenceEnd);
  const clause = head.slice(lastBreak(head, context.clauseBreak));
  // A form label ("Readings, if you have them: …") does not scope its answer.
  const before = clause.slice(clause.lastIndexOf(':') + 1);
  const after = tail.slice(0, firstBreak(tail, context.clauseBreak));
  const opener = sentenceStart > 0 ? text.charCodeAt(sentenceStart - 1) : 0;
  const question = text.charCodeAt(sentenceEnd) === 0x3f || opener === 0xbf || context.questionStart.test(head);
  const match = text.slice(start, end);
  return { match, before, after, sentence: head + match + tail, rest: `${head} … ${tail}`, question };
}

const TOKENS = /[a-z0-9]+|,/g;
const MAX_GAP_WORDS = 8;
const MAX_FILLER_RUN = 5;
const MAX_LIST_ITEM = 4;
const NEGATION_WINDOW = 120;
const DISJUNCTION_AFTER = /^[^.!?;\n]{0,60}?\b(?:or|nor|ni|o|u)\b/;

/**
 * A negation cue shortly before the match in the same clause: "no chest pain", "denies shortness
 * of breath", "sin dolor de pecho", "no fever or chest pain", "no tengo fiebre ni dolor de pecho".
 * Only the nearest cue counts, and only filler words ("have", "any", "tengo") or a list joined by
 * "or"/"ni" may stand between it and the match.
 */
export function isNegated(scope: MatchScope, context: LocaleContext): boolean {
  // Only the last dozen words can hold the cue; a cut word at the start of the slice is harmless.
  const tokens = scope.before.slice(-NEGATION_WINDOW).match(TOKENS);
  if (tokens === null) return afterNegates(scope, context);
  const stop = Math.max(0, tokens.length - (MAX_GAP_WORDS + 3));
  let cue = -1;
  for (let k = tokens.length - 1; k >= stop; k--) {
    const t = tokens[k] ?? '';
    if (context.negationWords.has(t) || (k > 0 && context.negationPairs.has(`${tokens[k - 1] ?? ''} ${t}`))) {
      cue = k;
      break;
    }
  }
  if (cue < 0) return afterNegates(scope, context);
  if (context.unlikeBefore.test(scope.after)) return false;

  const gap = tokens.slice(cue + 1);
  if (gap.length === 0) return true;
  const listCue = context.listNegationWords.has(tokens[cue] ?? '');
  if (gap.filter((t) => t !== ',').length > MAX_GAP_WORDS) return false;

  // Split the gap into list items at commas and disjunctions; the last item must be fillers only.
  const items: string[][] = [[]];
  let hasComma = false;
  let hasDisjunction = false;
  for (const t of gap) {
    if (t === ',' || context.disjunctions.has(t) || (listCue && context.conjunctions.has(t))) {
      if (t === ',') hasComma = true;
      else hasDisjunction = true;
      items.push([]);
    } else {
      (items[items.length - 1] ?? []).push(t);
    }
  }
  const last = items[items.length - 1] ?? [];
  if (last.length > MAX_FILLER_RUN || !last.every((t) => context.fillers.has(t))) return false;
  if (items.length === 1) return true;
  for (let k = 0; k < items.length - 1; k++) {
    if ((items[k] ?? []).length > MAX_LIST_ITEM) return false;
  }
  // "no fever, chest pain since this morning" is not a negated list; "no fever, chills or chest pain" is.
  if (hasComma && !hasDisjunction && !listCue && !DISJUNCTION_AFTER.test(scope.after)) return false;
  return true;
}

function afterNegates(scope: MatchScope, context: LocaleContext): boolean {
  return context.negationAfter.test(scope.after);
}

/** A new occurrence of a one-off event, in either language. */
const ANOTHER_ONE = /\b(?:again|another|otra vez|de nuevo|nuevamente|otro|otra)\b/;

/**
 * Past or resolved: "my seizure in 2019", "the chest pain I had last month is gone", "history of
 * stroke". A past time yields to an ongoing marker in the sentence ("since", "started", "today"),
 * or, for a one-off event, only to a new occurrence ("another", "again"); a resolved marker yields only to a recurrence
 * ("again", "came back", "otra vez").
 */
export function isPast(scope: MatchScope, context: LocaleContext, event = false): boolean {
  const around = `${scope.before} … ${scope.after}`;
  const rest = scope.rest;
  if (context.resolved.test(around) && !context.recurrence.test(rest)) return true;
  if (context.past.test(around) && !(event ? ANOTHER_ONE : context.ongoing).test(rest)) return true;
  return context.pastBefore.test(scope.before) && !context.recurrence.test(rest);
}

/** The last few words before the match: hypothetical cues must be close to count. */
const RECENT_WORDS = /(?:\S+\s+){0,8}$/;

/**
 * Risk talk or a hypothetical just before the match ("risk of a stroke", "what are the signs of…?").
 * Laughter makes a joke of a feeling ("gonna die lol"), not of what is seen (`laughterCounts`
 * false: "a bone poking out of my shin lol").
 */
export function isHypothetical(scope: MatchScope, context: LocaleContext, laughterCounts = true): boolean {
  const recent = RECENT_WORDS.exec(scope.before)?.[0] ?? scope.before;
  if (context.hypothetical.test(recent) || context.notNow.test(scope.sentence)) return true;
  if (laughterCounts && context.laughter.test(`${scope.before}${scope.match}${scope.after}`)) return true;
  return scope.question && context.questionCue.test(recent);
}

/** The match names a test, a document, a medicine or a clinic ("chest x-ray", "seizure medication"). */
export function isDocument(scope: MatchScope, context: LocaleContext): boolean {
  return context.documentAfter.test(scope.after) || context.documentBefore.test(scope.before);
}
