import { html, isServer, type PropertyValues } from 'lit';
import { budgetStatus, characterLimit, DEFAULT_CHARACTER_LIMIT, DEFAULT_WARNING_RATIO, type BudgetState, type BudgetStatus } from '../../core/budget.js';
import { createCharacterCounter } from '../../core/count-characters.js';
import { DebouncedAnnouncer } from '../../controllers/debounced-announcer.js';
import { plural } from '../../i18n/index.js';
import { SmElement } from '../shared/sm-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { charBudgetStyles } from './char-budget.styles.js';

/**
 * @tag sm-char-budget
 * @summary A live character budget: how many characters are left and, past the limit, how
 * many too many. It never cuts text: the field is marked invalid and the words stay.
 *
 * Use it inside `<sm-compose>` or with any textarea: `<textarea id="msg"
 * aria-describedby="budget"></textarea><sm-char-budget id="budget" for="msg" max="500">`.
 * With `for`, it counts that field as the patient types and sets `aria-invalid` on it when
 * over the limit.
 *
 * What a screen reader is given: a field whose `aria-describedby` points at the element is
 * described by the budget as it stands, the count once ("You can write up to 500 characters.
 * 120 characters left", "You have reached the limit of 500 characters", "… 12 characters
 * too many"), updated as the count changes (the element's shadow root forwards the reference
 * to that text, or, where a browser cannot, the element is labelled with it). The visible
 * count is hidden from screen readers. One polite live region speaks, never on first render
 * nor for a new limit, when the count crosses into the warning, past the limit, or back under
 * either: once typing pauses for a second, or two seconds after the crossing when typing goes
 * on; it says the count as it is then, each crossing once, and is emptied a few seconds later.
 *
 * @csspart base - The wrapper.
 * @csspart counter - The visible "N characters left" text (at the limit, "You have reached the limit of N characters").
 * @csspart error - The visible "N characters too many" text, shown over the limit.
 *
 * @cssproperty --sm-color-muted - Counter text colour.
 * @cssproperty --sm-color-warning - Counter colour from the warning threshold.
 * @cssproperty --sm-color-danger - Over-limit text colour.
 */
export class SmCharBudget extends SmElement {
  static override styles = [baseStyles, charBudgetStyles];
  static override properties = {
    max: { type: Number },
    count: { type: Number },
    for: {},
    warningRatio: { type: Number, attribute: 'warning-ratio' },
  };

  /** The most characters allowed. */
  declare max: number;
  /** Characters used so far. Set it yourself, or let `for` keep it up to date. */
  declare count: number;
  /** The id of a textarea or input (in the same document or shadow root) to count. */
  declare for: string | undefined;
  /** The share of `max` from which the counter warns. */
  declare warningRatio: number;

  private readonly announcer = new DebouncedAnnouncer(this, { delay: 1000, maxWait: 2000, clearAfter: 5000 });
  /** Where the budget stood when it was last announced (or first shown, or given a new limit). */
  private spokenState: BudgetState | undefined;
  private internals: ElementInternals | undefined;
  /** The shadow root forwards `aria-describedby="<this id>"` to the description (Reference Target). */
  private forwardsReferences = false;
  private field: HTMLInputElement | HTMLTextAreaElement | undefined;
  private readonly countField = createCharacterCounter();
  private readonly onFieldInput = () => {
    if (this.field) this.count = this.countField(this.field.value);
  };

  constructor() {
    super();
    this.max = DEFAULT_CHARACTER_LIMIT;
    this.count = 0;
    this.warningRatio = DEFAULT_WARNING_RATIO;
    try {
      this.internals = isServer ? undefined : this.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  /** The budget as it stands. */
  get status(): BudgetStatus {
    return budgetStatus(Math.max(0, this.count || 0), characterLimit(this.max), this.warningRatio);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchField();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchField();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for') && this.isConnected) this.watchField();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // A field's aria-describedby="<this id>" reaches the description only, not the live region
    // beside it: one count, never an old announcement.
    if (root instanceof ShadowRoot && 'referenceTarget' in root) {
      (root as ShadowRoot & { referenceTarget: string | null }).referenceTarget = 'description';
      this.forwardsReferences = true;
    }
    return root;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const status = this.status;
    // Only the patient's typing is announced: not the first render, not a new limit.
    if (this.spokenState === undefined || changed.has('max') || changed.has('warningRatio')) {
      this.spokenState = status.state;
      this.announcer.cancel();
    } else if (changed.has('count')) {
      this.announce(status.state);
    }
    if (this.field) this.field.ariaInvalid = status.state === 'over' ? 'true' : null;
    // Without Reference Target, a field describedby this element reads its label instead of its content.
    if (!this.forwardsReferences && this.internals) this.internals.ariaLabel = this.description(status);
  }

  /**
   * The count crossed into the warning, past the limit, or back: say so once typing pauses (or
   * soon, if it does not), with the count as it is then. Crossing and coming back before that
   * says nothing.
   */
  private announce(state: BudgetState): void {
    if (state === this.spokenState) return this.announcer.cancel();
    this.announcer.schedule(() => {
      const now = this.status;
      if (now.state === this.spokenState) return undefined;
      this.spokenState = now.state;
      return this.describe(now);
    });
  }

  /** The count, in words: the visible counter and what the live region says. */
  private describe(status: BudgetStatus): string {
    const locale = this.resolvedLocale;
    if (status.state === 'over') return plural(this.t.budgetOver, status.over, locale);
    if (status.left === 0) return plural(this.t.budgetAtLimit, status.max, locale);
    if (status.state === 'warning') return plural(this.t.budgetNearLimit, status.left, locale);
    return plural(this.t.budgetLeft, status.left, locale);
  }

  /** The field's description: the limit and the count, once. */
  private description(status: BudgetStatus): string {
    const count = this.describe(status);
    return status.state !== 'over' && status.left === 0 ? count : `${plural(this.t.budgetLimit, status.max, this.resolvedLocale)} ${count}`;
  }

  private watchField(): void {
    this.unwatchField();
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const field = root.getElementById?.(this.for);
    if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
      this.field = field;
      field.addEventListener('input', this.onFieldInput);
      this.count = this.countField(field.value);
    }
  }

  private unwatchField(): void {
    this.field?.removeEventListener('input', this.onFieldInput);
    this.field = undefined;
  }

  protected override render() {
    const status = this.status;
    const text = this.describe(status);
    return html`<div part="base" class=${status.state}>
      <span id="description" class="sr-only">${this.description(status)}</span>
      ${status.state === 'over' ? html`<span part="error" aria-hidden="true">${text}</span>` : html`<span part="counter" aria-hidden="true">${text}</span>`}
      <span class="sr-only" role="status" aria-live="polite">${this.announcer.message}</span>
    </div>`;
  }
}
