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
 * one-line description, as a native radio group named by the question, and a "Which one
 * should I choose?" toggletip. Each choice is read once: its label as the radio's name, its
 * description as the radio's description.
 *
 * Browsing is not choosing: the arrow keys move the checked radio as in any radio group (a
 * screen reader reads each option) but commit nothing. A choice is committed, `value` updated
 * and `sm-category-change` fired, by a click or tap, by Space or Enter on a radio, or when
 * focus leaves the choices with another radio checked than `value` (a keyboard user who
 * arrowed to an option and tabbed on has chosen it).
 *
 * @event {CustomEvent<SmCategoryChangeDetail>} sm-category-change - The patient committed a category (`detail.category`, also `value`): a click or tap, Space or Enter on a radio, or focus leaving the choices with another radio checked than the committed one. Arrow keys alone never fire it; neither do changes made by script.
 *
 * @csspart group - The fieldset.
 * @csspart legend - The question.
 * @csspart help-button - The button that opens the help toggletip.
 * @csspart help - The toggletip bubble.
 * @csspart options - The list of choices.
 * @csspart option - One choice (also `option-selected` when its radio is checked).
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
    checkedId: { state: true },
  };

  /** The id of the committed category, or empty. Arrow keys alone do not change it. */
  declare value: string;
  /** The choices, already in one language. Without it, the default catalog in the element's language. */
  declare categories: ResolvedCategory[] | undefined;
  /** Makes the choices unavailable. */
  declare disabled: boolean;
  declare protected helpOpen: boolean;
  /** The id of the checked radio: `value`, or the option the arrow keys moved to. */
  declare protected checkedId: string;
  /** Set by an arrow key until its own click and change (the browser's simulated ones) have passed. */
  private arrowing = false;

  private readonly floating = new FloatingController(this);
  private readonly onDocumentPointer = (event: Event) => {
    if (!event.composedPath().includes(this)) this.helpOpen = false;
  };

  constructor() {
    super();
    this.value = '';
    this.disabled = false;
    this.helpOpen = false;
    this.checkedId = '';
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new committed value (the patient's or a script's) is the checked radio too.
    if ((changed as PropertyValues).has('value')) this.checkedId = this.value;
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

  /** Commits `id`: the patient chose it. Fires `sm-category-change` when it is a new choice. */
  private commit(id: string): void {
    this.checkedId = id;
    if (!id || id === this.value) return;
    this.value = id;
    emit(this, 'sm-category-change', { category: id });
  }

  /**
   * The choices' events, delegated. A change (the arrow keys too) only moves the checked radio;
   * a click or tap, Space or Enter on a radio commits it, and so does focus leaving the choices.
   */
  private onOptions(event: Event): void {
    const radio = event.target as HTMLInputElement;
    const { type } = event;
    const key = (event as KeyboardEvent).key;
    if (type === 'focusout') {
      // Once focus has landed: moving between radios is not leaving, nor is the window losing
      // focus (the radio stays the active element).
      setTimeout(() => {
        if (this.isConnected && !this.disabled && !this.shadowRoot?.activeElement?.matches('input')) this.commit(this.checkedId);
      });
    } else if (type === 'change') {
      this.checkedId = radio.value;
    } else if (type === 'keydown' && key.startsWith('Arrow')) {
      // The browser moves the checked radio after this listener, in this task, with a simulated
      // click and a change: those only browse.
      this.arrowing = true;
      setTimeout(() => (this.arrowing = false));
    } else if (radio.localName === 'input' && (type === 'click' ? !this.arrowing : key === (type === 'keyup' ? ' ' : 'Enter'))) {
      // Space on a checked radio, and Enter, are not clicks: they choose too.
      if (key === 'Enter') event.preventDefault();
      radio.checked = true;
      this.commit(radio.value);
    }
  }

  private onHelpKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.helpOpen) {
      event.stopPropagation();
      this.helpOpen = false;
    }
  }

  protected override render() {
    const t = this.t;
    // The legend is the fieldset's first child, so it names the group. The help is a toggletip:
    // its live region speaks the help once the button is pressed.
    return html`<fieldset part="group" ?disabled=${this.disabled}>
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
      <div role="status">${this.helpOpen ? html`<div part="help">${t.categoryHelpText}</div>` : nothing}</div>
      <div part="options" @focusout=${this.onOptions} @change=${this.onOptions} @keydown=${this.onOptions} @keyup=${this.onOptions} @click=${this.onOptions}>
        ${this.options.map((category) => {
          const checked = category.id === this.checkedId;
          // The label is the radio's name and the description its description: each read once.
          // The label covers the whole card, so a click anywhere on it chooses.
          return html`<div part="option${checked ? ' option-selected' : ''}">
            <input
              type="radio"
              name="category"
              id="option-${category.id}"
              .value=${category.id}
              ?checked=${checked}
              .checked=${checkedProperty(checked)}
              aria-describedby="desc-${category.id}"
            />
            <label class="label" for="option-${category.id}">${category.label}</label>
            <span class="description" id="desc-${category.id}">${category.description}</span>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }
}
