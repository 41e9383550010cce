import type { UrgencyFindingId } from './findings.js';
import type { ConceptId, LocaleContext, MatchScope, UrgencyRule } from './types.js';

/** Joins alternatives into one non-capturing group. */
export function anyOf(...alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** Builds a rule; `accept` is optional. */
export function rule(id: UrgencyFindingId | ConceptId, pattern: string, accept?: (scope: MatchScope) => boolean): UrgencyRule {
  return accept === undefined ? { id, pattern } : { id, pattern, accept };
}

/** Marks rules as one-off events (see `UrgencyRule.event`). */
export function events(...rules: readonly UrgencyRule[]): UrgencyRule[] {
  return rules.map((r) => ({ ...r, event: true }));
}

/** Accept unless the sentence matches `pattern`. */
export function unlessSentence(pattern: RegExp): (scope: MatchScope) => boolean {
  return (scope) => !pattern.test(scope.sentence);
}

/** Accept only if the sentence matches `pattern`. */
export function ifSentence(pattern: RegExp): (scope: MatchScope) => boolean {
  return (scope) => pattern.test(scope.sentence);
}

/** Negation words a word gap in a pattern may not cross ("baby has no fever", "herida sin pus"). */
export const GAP_NEGATION = String.raw`(?:no|not|never|without|dont|doesnt|didnt|isnt|wasnt|arent|werent|hasnt|havent|hadnt|wont|denies|denied|deny|sin|nunca|ni|tampoco|jamas|nada)`;

/**
 * The pattern as compiled: every word gap `(?:\w+ ){m,n}` becomes a gap whose words are not
 * negations, so "bleeding (?:\w+ ){0,2}a lot" does not span "bleeding is not a lot".
 */
export function expandPattern(pattern: string): string {
  return pattern.split(String.raw`(?:\w+ ){`).join(String.raw`(?:(?!${GAP_NEGATION} )\w+ ){`);
}

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...a, ...b]);
}

function either(a: RegExp, b: RegExp): RegExp {
  return new RegExp(`(?:${a.source})|(?:${b.source})`, a.flags);
}

/** One context that knows both languages' words, for a text checked in both (or in a mix). */
export function mergeContexts(a: LocaleContext, b: LocaleContext): LocaleContext {
  return {
    negationWords: union(a.negationWords, b.negationWords),
    negationPairs: union(a.negationPairs, b.negationPairs),
    fillers: union(a.fillers, b.fillers),
    disjunctions: union(a.disjunctions, b.disjunctions),
    listNegationWords: union(a.listNegationWords, b.listNegationWords),
    conjunctions: union(a.conjunctions, b.conjunctions),
    clauseBreak: either(a.clauseBreak, b.clauseBreak),
    negationAfter: either(a.negationAfter, b.negationAfter),
    unlikeBefore: either(a.unlikeBefore, b.unlikeBefore),
    past: either(a.past, b.past),
    resolved: either(a.resolved, b.resolved),
    recurrence: either(a.recurrence, b.recurrence),
    ongoing: either(a.ongoing, b.ongoing),
    pastBefore: either(a.pastBefore, b.pastBefore),
    hypothetical: either(a.hypothetical, b.hypothetical),
    notNow: either(a.notNow, b.notNow),
    laughter: either(a.laughter, b.laughter),
    questionCue: either(a.questionCue, b.questionCue),
    questionStart: either(a.questionStart, b.questionStart),
    documentBefore: either(a.documentBefore, b.documentBefore),
    documentAfter: either(a.documentAfter, b.documentAfter),
  };
}

/** Words that make "had a stroke" recent, or a new one: "I think he just had a stroke", "otro infarto". */
const RECENT = /\b(?:just|think|thought|maybe|might|may|today|tonight|yesterday|last night|this (?:morning|afternoon|evening)|(?:an? |one |two |few |\d+ )?(?:hours?|minutes?|mins?) ago|right now|another|again|acaba(?:n)? de|creo|quizas|hoy|ayer|anoche|esta (?:manana|tarde|noche)|hace (?:unas? |\d+ )?(?:horas?|minutos?|rato)|ahorita|ahora|otro|otra vez|de nuevo)\b/;
const HAD_A = /\b(?:had|has had|have had|suffered|survived|tuvo|tuve|ha tenido|he tenido|sufrio|sufri|le dio|me dio)(?: (?:a|an|un|una))?(?: (?:mini|small|minor|mild|pequeno|leve))? $/;

/**
 * Accept "is having a stroke", "I think he had a heart attack", "tuvo un infarto hoy", but not a
 * bare mention of one in the past ("my dad had a stroke and needs a walker").
 */
export function notLongAgo(scope: MatchScope): boolean {
  return !HAD_A.test(scope.before) || RECENT.test(scope.rest);
}
