import type { UrgencyFindingId } from './findings.js';
import type { LocaleContext, MatchScope, UrgencyRule } from './types.js';

/** Joins alternatives into one non-capturing group. */
export function anyOf(...alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** Builds a rule; `accept` is optional. */
export function rule(id: UrgencyFindingId, pattern: string, accept?: (scope: MatchScope) => boolean): UrgencyRule {
  return accept === undefined ? { id, pattern } : { id, pattern, accept };
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
    questionCue: either(a.questionCue, b.questionCue),
    questionStart: either(a.questionStart, b.questionStart),
    documentBefore: either(a.documentBefore, b.documentBefore),
    documentAfter: either(a.documentAfter, b.documentAfter),
  };
}
