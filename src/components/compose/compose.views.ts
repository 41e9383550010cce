import { html, nothing } from 'lit';
import type { ConfigIssue } from '../../core/validate-config.js';
import { fill, type Translation } from '../../i18n/index.js';
import { checkedProperty } from '../shared/checked.js';

/**
 * The sections of `<sm-compose>` that only show what they are given: each takes its data and
 * callbacks, and keeps no state. The element (compose.ts) owns the state and the flow.
 */

export function configErrorView(t: Translation, issues: readonly ConfigIssue[]) {
  return html`<div part="config-error" role="alert">
    <h2>${t.errorConfigTitle}</h2>
    <p>${t.errorConfigIntro}</p>
    <ul>
      ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
    </ul>
  </div>`;
}

export function rulesView(
  t: Translation,
  options: {
    replyTime: string;
    /** Writing has begun (a category is chosen): only when it will be read and what to do in an emergency. */
    brief?: boolean;
    office?: { closed: string; onCall: string | undefined } | undefined;
    emergencyNumber: string;
    acknowledgement?: { checked: boolean; onChange: (event: Event) => void } | undefined;
  },
) {
  const { acknowledgement, office } = options;
  // Out of hours, first: when the message will be read, and the on-call line. Once writing has
  // begun, the rest was read already and only costs a phone screen.
  return html`<div part="rules">
    <h2>${t.rulesTitle}</h2>
    <ul>
      ${office ? html`<li><strong>${office.closed}</strong> ${office.onCall}</li>` : nothing}
      ${options.brief ? nothing : html`<li>${t.rulesNonUrgent}</li>`}
      ${office ? nothing : html`<li>${fill(t.rulesReplyTime, { time: options.replyTime })}</li>`}
      ${options.brief ? nothing : html`<li>${t.rulesRecord}</li><li>${t.rulesOneTopic}</li>`}
      <li><strong>${fill(t.rulesEmergency, { number: options.emergencyNumber })}</strong></li>
    </ul>
    ${acknowledgement
      ? html`<label part="acknowledgement" class="check">
          <input type="checkbox" ?checked=${acknowledgement.checked} .checked=${checkedProperty(acknowledgement.checked)} @change=${acknowledgement.onChange} />
          ${t.rulesAcknowledge}
        </label>`
      : nothing}
  </div>`;
}

export function regardingView(
  t: Translation,
  options: { value: '' | 'self' | 'other'; error: string | undefined; proxyHref: string | undefined; onChange: (event: Event) => void },
) {
  const { value, error } = options;
  const option = (choice: 'self' | 'other', label: string) =>
    html`<label class="check"><input type="radio" name="regarding" .value=${choice} ?checked=${value === choice} .checked=${checkedProperty(value === choice)} @change=${options.onChange} />${label}</label>`;
  // A radio group, so that required and invalid are said once, of the group (a required radio
  // would be invalid, natively, before the patient has done anything).
  return html`<fieldset part="regarding" class="regarding" role="radiogroup" aria-required="true" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'regarding-error' : nothing}>
      <legend>${t.regardingLegend}<span class="mark" aria-hidden="true"> ${t.requiredMark}</span></legend>
      ${error ? html`<span class="error" id="regarding-error">${error}</span>` : nothing}
      <div class="choices">${option('self', t.regardingSelf)} ${option('other', t.regardingOther)}</div>
    </fieldset>
    <div role="status">
      ${value === 'other'
        ? html`<div part="proxy-notice" class="notice">
            <p>${t.regardingOtherExplain}</p>
            ${options.proxyHref ? html`<p><a href=${options.proxyHref}>${t.regardingProxyLink}</a></p>` : nothing}
          </div>`
        : nothing}
    </div>`;
}
