import { html, nothing } from 'lit';
import type { ComposeConfig } from '../../core/config-schema.js';
import type { FieldProblem } from '../../core/compose/validators.js';
import { localize } from '../../core/localized-text.js';
import { live } from 'lit/directives/live.js';
import { matchesSearch, RECIPIENT_SEARCH_FROM, type ResolvedRecipient } from '../../core/recipients.js';
import { fill, type Translation } from '../../i18n/index.js';
import { checkedProperty } from '../shared/checked.js';
import { errorAt } from './compose.problems.js';
import type { ComposeView } from './compose.view-model.js';

/** The recipients as `renderCompose` shows them: nothing without `config.recipients`. */
export function recipientsStep(view: ComposeView, config: ComposeConfig, problems: readonly FieldProblem[]) {
  const { t, derived, state, on } = view;
  if (derived.recipients.length === 0) return nothing;
  return recipientsView(t, {
    recipients: derived.recipients,
    chosen: derived.recipient,
    search: state.recipientSearch,
    help: localize(config.recipientHelp, view.locale),
    error: errorAt(t, problems, 'recipient'),
    on: {
      choose: (event: Event) => on.dispatch({ type: 'choose-recipient', recipient: (event.target as HTMLInputElement).value }),
      search: (event: Event) => on.dispatch({ type: 'search-recipients', query: (event.target as HTMLInputElement).value }),
    },
  });
}

/**
 * "Who should get this message?": the care teams that take the chosen category, the recent
 * ones first, then by facility; a search field when there are many; a sentence when there is
 * only one. A radio group, as "Who is this message about?" is: required and invalid are said once.
 */
export function recipientsView(
  t: Translation,
  options: {
    recipients: readonly ResolvedRecipient[];
    chosen: ResolvedRecipient | undefined;
    search: string;
    help: string;
    error: string | undefined;
    on: { choose: (event: Event) => void; search: (event: Event) => void };
  },
) {
  const { recipients, chosen, search, help, error } = options;
  if (recipients.length === 1) {
    return html`<p part="recipients" class="recipient-only">${fill(t.recipientOnly, { name: describe(recipients[0]!) })}</p>`;
  }
  const searching = recipients.length > RECIPIENT_SEARCH_FROM;
  // The chosen one stays listed while the patient searches, so the choice is never hidden.
  const matches = searching && search.trim() !== '' ? recipients.filter((r) => matchesSearch(r, search)) : recipients;
  const shown = recipients.filter((r) => r === chosen || matches.includes(r));
  const describedBy = [help ? 'recipient-help' : '', error ? 'recipient-error' : ''].filter(Boolean).join(' ');
  return html`<fieldset part="recipients" class="regarding" role="radiogroup" aria-required="true" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}>
    <legend>${t.recipientLegend}<span class="mark" aria-hidden="true"> ${t.requiredMark}</span></legend>
    ${help ? html`<span class="hint" id="recipient-help">${help}</span>` : nothing}
    ${error ? html`<span class="error" id="recipient-error">${error}</span>` : nothing}
    ${searching
      ? html`<div class="field recipient-search">
          <label for="recipient-search">${t.recipientSearchLabel}</label>
          <input id="recipient-search" type="search" autocomplete="off" .value=${live(search)} @input=${options.on.search} />
        </div>`
      : nothing}
    ${groups(t, shown).map(({ title, members }, index) => {
      // In "Recent" each one says its facility: the facility's own heading is further down.
      const radios = members.map(
        (recipient) =>
          html`<label class="check"><input type="radio" name="recipient" .value=${recipient.id} ?checked=${recipient === chosen} .checked=${checkedProperty(recipient === chosen)} @change=${options.on.choose} />${recipient.recent ? describe(recipient) : recipient.label}</label>`,
      );
      return title
        ? html`<div class="recipient-group" role="group" aria-labelledby="recipient-group-${index}"><p class="hint" id="recipient-group-${index}">${title}</p>${radios}</div>`
        : html`<div class="recipient-group">${radios}</div>`;
    })}
    <p role="status" class="hint">${searching && matches.length === 0 ? fill(t.recipientNoMatch, { query: search.trim() }) : nothing}</p>
  </fieldset>`;
}

/** The recent ones under "Recent", then one group per facility, in the order given. */
function groups(t: Translation, recipients: readonly ResolvedRecipient[]): { title: string; members: ResolvedRecipient[] }[] {
  const list: { title: string; members: ResolvedRecipient[] }[] = [];
  for (const recipient of recipients) {
    const title = recipient.recent ? t.recipientRecent : recipient.group;
    const last = list.at(-1);
    if (last && last.title === title) last.members.push(recipient);
    else list.push({ title, members: [recipient] });
  }
  return list;
}

const describe = (recipient: ResolvedRecipient) => (recipient.group ? `${recipient.label} (${recipient.group})` : recipient.label);
