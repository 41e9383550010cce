import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ComposeConfig } from '../../core/config-schema.js';
import type { FieldProblem } from '../../core/compose/validators.js';
import type { Locale } from '../../core/locale.js';
import { localize } from '../../core/localized-text.js';
import { fill, type Translation } from '../../i18n/index.js';
import { checkedProperty } from '../shared/checked.js';
import { errorAt } from './compose.problems.js';
import type { ComposeView } from './compose.view-model.js';

type SignatureConfig = NonNullable<ComposeConfig['signature']>;

/** What `derive` needs to ask for a signature: the categories, and the signed line with today's date. */
export function signing(config: SignatureConfig, t: Translation, locale: Locale): { categories: readonly string[] | undefined; line: (name: string) => string } {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  return { categories: config.categories, line: (name) => fill(t.signedLine, { name, date }) };
}

/**
 * "Sign your message" (VA's electronic signature): the full name typed, and a box that
 * certifies the host's statement. Last in the writing step, just above Review.
 */
export function signatureStep(view: ComposeView, config: ComposeConfig, problems: readonly FieldProblem[]) {
  const { t, state, derived, on } = view;
  if (!derived.signing || !config.signature) return nothing;
  const [nameError, certifyError] = [errorAt(t, problems, 'signature-name'), errorAt(t, problems, 'signature-certify')];
  return html`<fieldset part="signature" class="regarding">
    <legend>${t.signatureLegend}</legend>
    <div class="field">
      <label for="signature-name">${t.signatureName}<span class="mark" aria-hidden="true"> ${t.requiredMark}</span></label>
      ${nameError ? html`<span class="error" id="signature-name-error">${nameError}</span>` : nothing}
      <input id="signature-name" type="text" autocomplete="name" .value=${live(state.signatureName)} aria-required="true"
        aria-invalid=${nameError ? 'true' : nothing} aria-describedby=${nameError ? 'signature-name-error' : nothing}
        @input=${(event: Event) => on.dispatch({ type: 'sign', name: (event.target as HTMLInputElement).value })} />
    </div>
    ${certifyError ? html`<span class="error" id="signature-certify-error">${certifyError}</span>` : nothing}
    <label class="check">
      <input id="signature-certify" type="checkbox" ?checked=${state.signatureCertified} .checked=${checkedProperty(state.signatureCertified)}
        aria-invalid=${certifyError ? 'true' : nothing} aria-describedby=${certifyError ? 'signature-certify-error' : nothing}
        @change=${(event: Event) => on.dispatch({ type: 'sign', certified: (event.target as HTMLInputElement).checked })} />
      ${localize(config.signature.statement, view.locale)}
    </label>
  </fieldset>`;
}
