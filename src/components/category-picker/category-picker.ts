import { html, nothing, type PropertyValues } from 'lit';
import { DEFAULT_CATEGORIES } from '../../core/catalog.js';
import { resolveCategory, type ResolvedCategory } from '../../core/resolve-catalog.js';
import { FloatingController } from '../../controllers/floating.js';
import { emit } from '../../events.js';
import { SmElement } from '../shared/sm-element.js';
import { checkedProperty } from '../shared/checked.js';
import { baseStyles } from '../shared/base.styles.js';
import { categoryPickerStyles } from './category-picker.styles.js';

/**
 * @tag sm-category-picker
 * @summary Asks what the message is about: one choice from the categories, each with a
 * one-line description, as a native radio group (arrow keys move, Space selects), and a
 * "Which one should I choose?" toggletip.
 *
 * @event {CustomEvent<SmCategoryChangeDetail>} sm-category-change - The patient chose a category. Not fired for changes made by script.
 *
 * @csspart group - The fieldset.
 * @csspart legend - The question.
 * @csspart help-button - The button that opens the help toggletip.
 * @csspart help - The toggletip bubble.
 * @csspart options - The list of choices.
 * @csspart option - One choice (also `option-selected` when chosen).
 *
 * @cssproperty --sm-color-accent - Selected choice and radio colour.
 * @cssproperty --sm-color-border - Choice border colour.
 */
export class SmCategoryPicker extends SmElement {
  static override styles = [baseStyles, categoryPickerStyles];
  static override properties = {
    value: { reflect: true },
    categories: { attribute: false },
    disabled: { type: Boolean, reflect: true },
    helpOpen: { state: true },
  };

  /** The id of the chosen category, or empty. */
  declare value: string;
  /** The choices, already in one language. Without it, the default catalog in the element's language. */
  declare categories: ResolvedCategory[] | undefined;
  /** Makes the choices unavailable. */
  declare disabled: boolean;
  declare protected helpOpen: boolean;

  private readonly floating = new FloatingController(this);
  private readonly onDocumentPointer = (event: Event) => {
    if (!event.composedPath().includes(this)) this.helpOpen = false;
  };

  constructor() {
    super();
    this.value = '';
    this.disabled = false;
    this.helpOpen = false;
  }

  /** The categories shown. */
  get options(): ResolvedCategory[] {
    return this.categories ?? DEFAULT_CATEGORIES.map((category) => resolveCategory(category, this.resolvedLocale));
  }

  /** Moves focus to the chosen radio, or the first one. */
  override focus(options?: FocusOptions): void {
    const radios = [...(this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
    (radios.find((radio) => radio.checked) ?? radios[0])?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!(changed as PropertyValues).has('helpOpen')) return;
    const bubble = this.renderRoot.querySelector<HTMLElement>('[part="help"]');
    const button = this.renderRoot.querySelector<HTMLElement>('[part="help-button"]');
    if (this.helpOpen && bubble && button) {
      this.floating.attach(button, bubble);
      document.addEventListener('pointerdown', this.onDocumentPointer);
    } else {
      this.floating.detach();
      document.removeEventListener('pointerdown', this.onDocumentPointer);
    }
  }

  private choose(event: Event): void {
    const radio = event.target as HTMLInputElement;
    this.value = radio.value;
    emit(this, 'sm-category-change', { category: radio.value });
  }

  private onHelpKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.helpOpen) {
      event.stopPropagation();
      this.helpOpen = false;
    }
  }

  protected override render() {
    const t = this.t;
    return html`<fieldset part="group" ?disabled=${this.disabled}>
      <div class="legend-row">
        <legend part="legend">${t.categoryLegend}</legend>
        <button
          type="button"
          part="help-button"
          aria-expanded=${this.helpOpen ? 'true' : 'false'}
          @click=${() => (this.helpOpen = !this.helpOpen)}
          @keydown=${this.onHelpKeydown}
          @pointerenter=${() => this.floating.prepare()}
          @focus=${() => this.floating.prepare()}
        >
          ${t.categoryHelpButton}
        </button>
        <!-- A toggletip: its live region speaks the help once the button is pressed. -->
        <div role="status">${this.helpOpen ? html`<div part="help">${t.categoryHelpText}</div>` : nothing}</div>
      </div>
      <div part="options">
        ${this.options.map((category) => {
          const selected = category.id === this.value;
          return html`<label part="option${selected ? ' option-selected' : ''}">
            <input
              type="radio"
              name="category"
              .value=${category.id}
              ?checked=${selected}
              .checked=${checkedProperty(selected)}
              aria-describedby="desc-${category.id}"
              @change=${this.choose}
            />
            <span class="label">${category.label}</span>
            <span class="description" id="desc-${category.id}">${category.description}</span>
          </label>`;
        })}
      </div>
    </fieldset>`;
  }
}
