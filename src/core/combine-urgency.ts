import type { Locale } from './locale.js';
import { localize, type LocalizedText } from './localized-text.js';
import { settleWithin } from './settle-within.js';
import { URGENCY_CHECK_SOURCES, URGENCY_LEVELS, type UrgencyCheckStatus, type UrgencyLevelName } from './urgency-levels.js';

export { URGENCY_CHECK_SOURCES, URGENCY_CHECK_STATUSES, type UrgencyCheckStatus } from './urgency-levels.js';

// The host's own urgency check (`config.urgency.assess`) beside the built-in screen: run it with
// a time limit, check what it returned, and keep the more severe of the two. Pure and DOM-free.

/** One thing the host's check noticed: an id, and the words to name it to the patient. */
export interface HostUrgencyFinding {
  id: string;
  /** Plain words for the patient, e.g. "chest pain" or `{ en, es }`; without it, the id is shown. */
  label?: LocalizedText;
}

/** What `config.urgency.assess` resolves with. */
export interface HostUrgencyResult {
  level: UrgencyLevelName;
  findings?: HostUrgencyFinding[];
}

/** The context the host's check is called with. */
export interface HostUrgencyContext {
  /** The widget's language. */
  locale: Locale;
  /** Aborted when the widget stops waiting (the time limit passed): cancel any request with it. */
  signal: AbortSignal;
}

/** `config.urgency.assess`: the host's classifier. It receives the message text. */
export type HostUrgencyAssess = (text: string, context: HostUrgencyContext) => Promise<HostUrgencyResult> | HostUrgencyResult;

/** How long the widget waits for the host's check by default, in milliseconds. */
export const DEFAULT_HOST_TIMEOUT_MS = 3000;

/** One check that ran on the message, as the payload records it (ids only, never text). */
export interface UrgencyCheck {
  source: (typeof URGENCY_CHECK_SOURCES)[number];
  /** `ok`, or why the host's answer was not used: it came too late, or failed or was malformed. */
  status: UrgencyCheckStatus;
  /** The level this check gave (only when `status` is `ok`). */
  level?: UrgencyLevelName;
  /** The ids of what this check noticed (only when `status` is `ok`). */
  findings?: string[];
}

/** How the host's check ended. */
export type HostCheckOutcome = { status: 'ok'; result: HostUrgencyResult } | { status: 'timeout' | 'error' };

/** What the built-in screen found (the shape of `assessUrgency`'s result the widget uses). */
export interface BuiltInUrgency {
  level: UrgencyLevelName;
  findings: readonly { id: string }[];
}

/** Both checks together: what the dialog shows and the payload records. */
export interface CombinedUrgency {
  /** The more severe of the two levels. */
  level: UrgencyLevelName;
  /** Finding ids, the built-in screen's first, each once. */
  findings: string[];
  /** Names of the host's findings in the widget's language, by id (those it gave a label). */
  labels: Record<string, string>;
  checks: UrgencyCheck[];
}

const MAX_FINDINGS = 20;
const MAX_ID_LENGTH = 100;
const MAX_LABEL_LENGTH = 200;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.trim() !== '' && value.length <= max;

function checkLabel(value: unknown): LocalizedText | undefined | false {
  if (value === undefined) return undefined;
  if (isText(value, MAX_LABEL_LENGTH)) return value.trim();
  if (!isRecord(value)) return false;
  const label: Partial<Record<Locale, string>> = {};
  for (const locale of ['en', 'es'] as const) {
    const text = value[locale];
    if (text === undefined) continue;
    if (!isText(text, MAX_LABEL_LENGTH)) return false;
    label[locale] = text.trim();
  }
  return Object.keys(label).length > 0 ? label : false;
}

/**
 * The host's answer if it has the documented shape (`{ level, findings?: [{ id, label? }] }`),
 * copied without any other keys; `undefined` if it does not. Never throws.
 */
export function validateHostResult(value: unknown): HostUrgencyResult | undefined {
  if (!isRecord(value)) return undefined;
  const level = value.level;
  if (typeof level !== 'string' || !(URGENCY_LEVELS as readonly string[]).includes(level)) return undefined;
  const result: HostUrgencyResult = { level: level as UrgencyLevelName };
  if (value.findings === undefined) return result;
  if (!Array.isArray(value.findings) || value.findings.length > MAX_FINDINGS) return undefined;
  const findings: HostUrgencyFinding[] = [];
  for (const item of value.findings as unknown[]) {
    if (!isRecord(item) || !isText(item.id, MAX_ID_LENGTH)) return undefined;
    const label = checkLabel(item.label);
    if (label === false) return undefined;
    findings.push(label === undefined ? { id: item.id.trim() } : { id: item.id.trim(), label });
  }
  result.findings = findings;
  return result;
}

/**
 * Runs the host's check on `text` and waits at most `timeout` ms. A check that throws, rejects or
 * returns something malformed ends as `error`, one that is too slow as `timeout` (its signal is
 * aborted and a late answer is ignored). Never rejects, and never logs the text or the error.
 */
export async function runHostCheck(
  assess: HostUrgencyAssess,
  text: string,
  options: { locale: Locale; timeout?: number | undefined },
): Promise<HostCheckOutcome> {
  const controller = new AbortController();
  let work: Promise<HostUrgencyResult>;
  try {
    work = Promise.resolve(assess(text, { locale: options.locale, signal: controller.signal }));
  } catch {
    return { status: 'error' };
  }
  const settled = await settleWithin(work, options.timeout ?? DEFAULT_HOST_TIMEOUT_MS);
  if (settled.status === 'timeout') {
    controller.abort();
    return { status: 'timeout' };
  }
  if (settled.status === 'rejected') return { status: 'error' };
  const result = validateHostResult(settled.value);
  return result ? { status: 'ok', result } : { status: 'error' };
}

/** The more severe of two levels (`URGENCY_LEVELS` lists the most severe first). */
const moreSevere = (a: UrgencyLevelName, b: UrgencyLevelName): UrgencyLevelName => (URGENCY_LEVELS.indexOf(b) < URGENCY_LEVELS.indexOf(a) ? b : a);

/**
 * The built-in screen's result and the host's, as one: the higher level wins, the findings of
 * both are kept (the host's only when it found the message urgent), and `checks` says what ran.
 * Without a host check (`undefined`), the built-in result alone.
 */
export function combineUrgency(builtIn: BuiltInUrgency, host: HostCheckOutcome | undefined, locale: Locale): CombinedUrgency {
  const builtInIds = builtIn.findings.map((finding) => finding.id);
  const combined: CombinedUrgency = {
    level: builtIn.level,
    findings: [...new Set(builtInIds)],
    labels: {},
    checks: [{ source: 'built-in', status: 'ok', level: builtIn.level, findings: builtInIds }],
  };
  if (!host) return combined;
  if (host.status !== 'ok') {
    combined.checks.push({ source: 'host', status: host.status });
    return combined;
  }
  const { level, findings = [] } = host.result;
  combined.checks.push({ source: 'host', status: 'ok', level, findings: findings.map((finding) => finding.id) });
  combined.level = moreSevere(builtIn.level, level);
  if (level === 'none') return combined;
  for (const finding of findings) {
    if (!combined.findings.includes(finding.id)) combined.findings.push(finding.id);
    const label = localize(finding.label, locale);
    // As an own property even for an id such as "__proto__".
    if (label) Object.defineProperty(combined.labels, finding.id, { value: label, enumerable: true, writable: true, configurable: true });
  }
  return combined;
}
