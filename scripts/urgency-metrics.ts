/**
 * How the urgency screen is scored on a labelled set of messages: the figures the README reports
 * (recall of emergency + crisis, crisis routed to the crisis line, false alarms on routine
 * messages), per language, with Wilson 95% confidence intervals. Aggregates only: nothing here
 * ever prints a message.
 */
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { assessWithRulesOnly } from '../src/core/triage/assess-urgency.js';
import { assessUrgency, mentionsCrisis, type UrgencyAssessment } from '../src/core/triage/index.js';

export type Expected = 'emergency' | 'crisis' | 'urgent' | 'routine';

export interface LabelledMessage {
  id: string;
  lang: 'en' | 'es';
  expected: Expected;
  voice?: string;
  trap?: string | null;
  /** In the written training corpus: `rules` (read to tune the rules) or `check` (never read). */
  split?: 'rules' | 'check';
  text: string;
}

/** A set stored as JSON, or gzipped JSON (the sealed part, so that no search over the tree reads it). */
export function readSet(path: string): LabelledMessage[] {
  const raw = readFileSync(path);
  return JSON.parse((path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')) as LabelledMessage[];
}

export interface Rate {
  hits: number;
  total: number;
  rate: number;
  low: number;
  high: number;
}

/** Wilson score interval at 95%. */
export function wilson(hits: number, total: number): Rate {
  if (total === 0) return { hits, total, rate: Number.NaN, low: Number.NaN, high: Number.NaN };
  const z = 1.96;
  const p = hits / total;
  const denominator = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / denominator;
  return { hits, total, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

const flagged = (a: UrgencyAssessment): boolean => a.level === 'emergency' || a.level === 'crisis';
/** The crisis line comes first when the level is crisis, or when a crisis finding stands beside an emergency. */
export const routedToCrisis = (a: UrgencyAssessment): boolean => mentionsCrisis(a.findings.map((f) => f.id));

export interface Scores {
  messages: number;
  /** Emergency and crisis messages read as emergency or crisis. */
  recall: Rate;
  emergencyRecall: Rate;
  crisisRecall: Rate;
  /** Crisis messages that lead to the crisis line. */
  crisisRouted: Rate;
  /** Routine messages read as emergency or crisis. */
  falseAlarms: Rate;
  /** Routine messages read at any level (urgent included). */
  anyFlagOnRoutine: Rate;
  /** Urgent messages read as at least urgent. */
  urgentRecall: Rate;
}

export type Assess = (text: string, lang: 'en' | 'es') => UrgencyAssessment;
/**
 * The screen as measured: with the message's language (`assessUrgency(text, { locale })`), or,
 * with SM_BOTH_LANGUAGES=1, as the widget runs it (both languages' words, since patients mix
 * them); SM_RULES_ONLY=1 leaves the model out.
 */
export const builtIn: Assess = (text, lang) =>
  (process.env.SM_RULES_ONLY ? assessWithRulesOnly : assessUrgency)(text, process.env.SM_BOTH_LANGUAGES ? {} : { locale: lang });

export interface Scored {
  message: LabelledMessage;
  result: UrgencyAssessment;
}

export function scoreAll(set: readonly LabelledMessage[], assess: Assess = builtIn): Scored[] {
  return set.map((message) => ({ message, result: assess(message.text, message.lang) }));
}

export function scores(scored: readonly Scored[]): Scores {
  const of = (expected: Expected[]) => scored.filter((s) => expected.includes(s.message.expected));
  const count = (list: Scored[], pick: (s: Scored) => boolean) => wilson(list.filter(pick).length, list.length);
  const positives = of(['emergency', 'crisis']);
  const routine = of(['routine']);
  return {
    messages: scored.length,
    recall: count(positives, (s) => flagged(s.result)),
    emergencyRecall: count(of(['emergency']), (s) => flagged(s.result)),
    crisisRecall: count(of(['crisis']), (s) => flagged(s.result)),
    crisisRouted: count(of(['crisis']), (s) => routedToCrisis(s.result)),
    falseAlarms: count(routine, (s) => flagged(s.result)),
    anyFlagOnRoutine: count(routine, (s) => s.result.level !== 'none'),
    urgentRecall: count(of(['urgent']), (s) => s.result.level !== 'none'),
  };
}

export const percent = (r: Rate): string =>
  r.total === 0 ? '—' : `${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.total}; 95% CI ${(r.low * 100).toFixed(1)}–${(r.high * 100).toFixed(1)})`;
