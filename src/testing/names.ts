import { en } from '../i18n/en.js';
import { es } from '../i18n/es.js';
import { REVIEW_STRINGS } from '../i18n/review.js';
import type { Translation, TranslationKey } from '../i18n/translation.js';

/** The accessible names of `<sm-compose>`'s own controls, in every language it speaks. */
export interface WidgetNames {
  review: RegExp;
  send: RegExp;
  message: RegExp;
  errorSummary: RegExp;
  /** "None of these, continue": the routine check, answered as a patient without a red flag. */
  routineContinue: RegExp;
  /** Every way on past the urgency dialog: the routine check and a flagged message. */
  urgencyContinue: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names, from the widget's own strings in English and Spanish plus the host's overrides
 * (`config.strings`), so a test does not depend on the page's language or wording.
 */
export function widgetNames(overrides: Partial<Record<string, string>> = {}): WidgetNames {
  type Key = TranslationKey | keyof typeof REVIEW_STRINGS.en;
  const tables: Partial<Record<Key, unknown>>[] = [{ ...en, ...REVIEW_STRINGS.en }, { ...es, ...REVIEW_STRINGS.es }, overrides as Partial<Translation>];
  const said = (keys: Key[]) => tables.flatMap((strings) => keys.map((key) => strings[key])).filter((text): text is string => typeof text === 'string' && text !== '');
  const exactly = (...keys: Key[]) => new RegExp(`^\\s*(?:${said(keys).map(escape).join('|')})\\s*$`);
  return {
    review: exactly('reviewButton'),
    send: exactly('sendButton', 'retryButton'),
    // The label is followed by "(optional)" or "(required)".
    message: new RegExp(`^\\s*(?:${said(['messageLabel']).map(escape).join('|')})\\b`),
    errorSummary: exactly('errorSummaryTitle'),
    routineContinue: exactly('urgencyContinue'),
    urgencyContinue: exactly('urgencyContinue', 'urgencyConfirm', 'redFlagsContinueAnyway'),
  };
}
