import { html, nothing } from 'lit';
import type { ComposeConfig } from '../../core/config-schema.js';
import { localize } from '../../core/localized-text.js';
import { chooseProxy } from '../../core/proxies.js';
import { partStrings } from '../../i18n/part-strings.js';
import { PROXY_STRINGS } from '../../i18n/proxies.js';
import { checkedProperty } from '../shared/checked.js';
import type { ComposeView } from './compose.view-model.js';

/**
 * "Who else can read this message?" (`config.proxies`, as Oracle Health's portal asks): one
 * box per proxy, checked as the host's `default` says until the patient chooses, a sentence that
 * says what the boxes mean, and the host's help. Nothing where the category offers no choice.
 */
export function proxiesStep(view: ComposeView, config: ComposeConfig) {
  const visibility = view.derived.proxies;
  if (!visibility || !config.proxies) return nothing;
  const t = partStrings(PROXY_STRINGS, config.strings, view.locale);
  const help = localize(config.proxies.help, view.locale);
  return html`<fieldset part="proxies" class="regarding" aria-describedby="proxies-explain${help ? ' proxies-help' : ''}">
    <legend>${t('proxiesLegend')}</legend>
    <p class="hint" id="proxies-explain">${t(config.proxies.default === 'none' ? 'proxiesExplainNone' : 'proxiesExplain')}</p>
    ${help ? html`<p class="hint" id="proxies-help">${help}</p>` : nothing}
    ${visibility.people.map(
      (person) =>
        html`<label class="check"><input type="checkbox" name="proxy" .value=${person.id} ?checked=${person.visible} .checked=${checkedProperty(person.visible)}
          @change=${(event: Event) => view.on.dispatch({ type: 'choose-proxies', choices: chooseProxy(visibility, person.id, (event.target as HTMLInputElement).checked) })} />${person.label}</label>`,
    )}
  </fieldset>`;
}
