import { html, nothing } from 'lit';
import type { UrgencyLevelName } from '../../core/urgency-levels.js';
import { fill, type Translation } from '../../i18n/index.js';

// How <sm-compose> reads a message for signs of an emergency (the urgency rules, the largest
// part of the library) and shows what it noticed. Loaded after the first screen.
export { assessUrgency } from '../../core/triage/index.js';
export { describeFindings } from '../../i18n/urgency-findings.js';
// The host's own check (`config.urgency.assess`), run beside the rules at Review.
export { combineUrgency, runHostCheck } from '../../core/combine-urgency.js';

/** The inline notice while typing: what the text reads as, and who to call instead. */
export function urgencyNoticeView(
  t: Translation,
  options: {
    level: Exclude<UrgencyLevelName, 'none'>;
    findings: string;
    emergencyNumber: string;
    crisisNumber: string;
    onCallNumber: string | undefined;
    crisisAdvice: string;
  },
) {
  const { findings } = options;
  const tel = (number: string, label: string, scheme = 'tel') => html`<a class="button" href="${scheme}:${number}">${fill(label, { number })}</a>`;
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
    <p class="links">${tel(options.emergencyNumber, t.urgencyCallEmergency)}</p>
  </div>`;
}
