import { html, nothing } from 'lit';
import { combineUrgency, runHostCheck, type CombinedUrgency, type HostCheckOutcome } from '../../core/combine-urgency.js';
import type { UrgencyConfig } from '../../core/config-schema.js';
import type { Locale } from '../../core/locale.js';
import { assessUrgency, type UrgencyAssessment } from '../../core/triage/index.js';
import type { UrgencyLevelName } from '../../core/urgency-levels.js';
import { fill, type Translation } from '../../i18n/index.js';
// Through the dialog's module: the drop-in bundle then keeps what the notice and the dialog
// share in the dialog's own file, so the check waits for one request, not a chain of two.
import { callHref, describeFindings, mentionsCrisis } from '../urgency-dialog/urgency-dialog.js';

// How <sm-compose> reads a message for signs of an emergency (the urgency rules, the largest
// part of the library, and the host's own check beside them) and shows what it noticed.
// Loaded after the first screen.
export { assessUrgency };

let last: { text: string; result: UrgencyAssessment } | undefined;

/** The rules' reading of `text`, once per distinct text: the notice, Review and the payload ask in turn. */
export function assessOnce(text: string): UrgencyAssessment {
  if (last?.text !== text) last = { text, result: assessUrgency(text) };
  return last.result;
}

// The rules compile on first use (tens of milliseconds): now, while the patient reads the
// first screen, not on their first pause in typing.
assessOnce('');
export { describeFindings, mentionsCrisis };

/** What the checks found in a message, with the text they read. */
export interface ScreenedText {
  text: string;
  result: CombinedUrgency;
}

/** The rules' result for `text` (both languages: a patient may write Spanish in the English widget), with `host`'s if given. */
export function screenNow(text: string, locale: Locale, host?: HostCheckOutcome): ScreenedText {
  return { text, result: combineUrgency(assessOnce(text), host, locale) };
}

/**
 * The urgency of `text` at Review: the rules and, with `urgency.assess`, the host's check beside
 * them, for at most `urgency.timeout` ms (a slow or failing host check leaves the rules' result
 * alone). Without a host check the result is there at once, not behind a promise.
 */
export function screenAtReview(text: string, locale: Locale, urgency: UrgencyConfig | undefined): ScreenedText | Promise<ScreenedText> {
  if (!urgency?.assess) return screenNow(text, locale);
  return runHostCheck(urgency.assess, text, { locale, timeout: urgency.timeout }).then((host) => screenNow(text, locale, host));
}

/** The inline notice while typing: what the text reads as, and who to call instead. */
export function urgencyNoticeView(
  t: Translation,
  options: {
    level: Exclude<UrgencyLevelName, 'none'>;
    findings: string;
    /** An emergency that also reads as a crisis: the crisis line is offered beside the emergency number. */
    crisis: boolean;
    emergencyNumber: string;
    crisisNumber: string;
    onCallNumber: string | undefined;
    crisisAdvice: string;
  },
) {
  const { findings } = options;
  const tel = (number: string, label: string, scheme: 'tel' | 'sms' = 'tel') => html`<a class="button" href=${callHref(number, scheme)}>${fill(label, { number })}</a>`;
  if (options.level === 'crisis') {
    return html`<div part="urgency-notice" class="urgency-notice crisis">
      <p>${fill(t.noticeCrisis, { findings, number: options.crisisNumber })}${options.crisisAdvice ? ` ${options.crisisAdvice}` : ''}</p>
      <p class="links">${tel(options.crisisNumber, t.urgencyCallCrisis)} ${tel(options.crisisNumber, t.urgencyTextCrisis, 'sms')}</p>
    </div>`;
  }
  if (options.level === 'urgent') {
    const onCall = options.onCallNumber;
    return html`<div part="urgency-notice" class="urgency-notice urgent">
      <p>${onCall ? fill(t.noticeUrgentOnCall, { findings, number: onCall }) : fill(t.noticeUrgent, { findings })}</p>
      ${onCall ? html`<p class="links">${tel(onCall, t.urgencyCallOnCall)}</p>` : nothing}
    </div>`;
  }
  return html`<div part="urgency-notice" class="urgency-notice emergency">
    <p>${fill(t.noticeEmergency, { findings, number: options.emergencyNumber })}</p>
    <p class="links">${tel(options.emergencyNumber, t.urgencyCallEmergency)}${options.crisis
      ? html` ${tel(options.crisisNumber, t.urgencyCallCrisis)} ${tel(options.crisisNumber, t.urgencyTextCrisis, 'sms')}`
      : nothing}</p>
  </div>`;
}
