import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ResolvedPrompt } from '../../core/resolve-catalog.js';
import { emit } from '../../events.js';
import { SmElement } from '../shared/sm-element.js';
import { dictationElement } from '../dictation/dictation-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { promptFieldsStyles } from './prompt-fields.styles.js';

/**
 * @tag sm-prompt-fields
 * @summary The questions a category asks, so the care team gets what it needs the first
 * time: text, long text, choice, date and number answers, each with a real label, an
 * optional hint and, once shown, its error tied to it by `aria-describedby`.
 *
 * Answers live in `values`. Its events name the prompt that changed, never the answer.
 *
 * @event {CustomEvent<SmFieldInputDetail>} sm-field-input - The patient changed an answer; read it from `values`.
 *
 * @csspart fields - The list of fields.
 * @csspart field - One field: label, hint, control and error.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart control - The input, textarea or select.
 * @csspart error - A field's error message.
 * @csspart dictation - A text answer's "Dictate" button (with `dictation`).
 *
 * @cssproperty --sm-color-danger - Error text and invalid borders.
 */
export class SmPromptFields extends SmElement {
  static override styles = [baseStyles, fieldStyles, promptFieldsStyles];
  static override properties = {
    prompts: { attribute: false },
    values: { attribute: false },
    errors: { attribute: false },
    disabled: { type: Boolean, reflect: true },
    dictation: { type: Boolean },
  };

  /** The prompts to ask, already in one language. */
  declare prompts: ResolvedPrompt[];
  /** The answers, by prompt id. */
  declare values: Record<string, string>;
  /** Error messages to show, by prompt id. */
  declare errors: Record<string, string>;
  /** Makes every answer unavailable. */
  declare disabled: boolean;
  /** Offer a "Dictate" button on text answers where the browser can recognise speech. */
  declare dictation: boolean;

  constructor() {
    super();
    this.prompts = [];
    this.values = {};
    this.errors = {};
    this.disabled = false;
    this.dictation = false;
  }

  protected override willUpdate(): void {
    if (this.dictation) dictationElement.prefetch();
  }

  /** Moves focus to the control of prompt `id` (or the first one). */
  focusField(id?: string): void {
    const selector = id ? `#field-${CSS.escape(id)}` : '[part="control"]';
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[part="control"]')?.focus(options);
  }

  private onInput(id: string, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.values = { ...this.values, [id]: value };
    emit(this, 'sm-field-input', { id });
  }

  private renderControl(prompt: ResolvedPrompt, describedBy: string, invalid: boolean) {
    const common = {
      id: `field-${prompt.id}`,
      value: this.values[prompt.id] ?? '',
    };
    const onInput = (event: Event) => this.onInput(prompt.id, event);
    switch (prompt.kind) {
      case 'textarea':
        return html`<textarea part="control" id=${common.id} rows="4" .value=${live(common.value)} aria-describedby=${describedBy || nothing}
          aria-invalid=${invalid ? 'true' : nothing} aria-required=${prompt.required ? 'true' : 'false'} ?disabled=${this.disabled} @input=${onInput}></textarea>`;
      case 'select':
        return html`<select part="control" id=${common.id} aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : nothing}
          aria-required=${prompt.required ? 'true' : 'false'} ?disabled=${this.disabled} @change=${onInput}>
          <option value="" ?selected=${common.value === ''}>${this.t.selectPlaceholder}</option>
          ${prompt.options.map((option) => html`<option value=${option.value} ?selected=${option.value === common.value}>${option.label}</option>`)}
        </select>`;
      default:
        return html`<input part="control" id=${common.id} type=${prompt.kind} .value=${live(common.value)}
          inputmode=${prompt.kind === 'number' ? 'numeric' : nothing} aria-describedby=${describedBy || nothing}
          aria-invalid=${invalid ? 'true' : nothing} aria-required=${prompt.required ? 'true' : 'false'} ?disabled=${this.disabled} @input=${onInput} />`;
    }
  }

  protected override render() {
    const t = this.t;
    return html`<div part="fields">
      ${this.prompts.map((prompt) => {
        const error = this.errors[prompt.id];
        const describedBy = [prompt.hint ? `hint-${prompt.id}` : '', error ? `error-${prompt.id}` : ''].filter(Boolean).join(' ');
        return html`<div part="field" class="field">
          <label part="label" for="field-${prompt.id}">${prompt.label}<span class="mark" aria-hidden=${prompt.required ? 'true' : nothing}> ${prompt.required ? t.requiredMark : t.optionalMark}</span></label>
          ${prompt.hint ? html`<span part="hint" class="hint" id="hint-${prompt.id}">${prompt.hint}</span>` : nothing}
          ${error ? html`<span part="error" class="error" id="error-${prompt.id}">${error}</span>` : nothing}
          ${this.renderControl(prompt, describedBy, Boolean(error))}
          ${this.dictation && (prompt.kind === 'text' || prompt.kind === 'textarea')
            ? html`<sm-dictation-button part="dictation" for="field-${prompt.id}" .strings=${this.strings} locale=${this.resolvedLocale}></sm-dictation-button>`
            : nothing}
        </div>`;
      })}
    </div>`;
  }
}
