import { html, type PropertyValues } from 'lit';
import { budgetStatus, characterLimit, DEFAULT_CHARACTER_LIMIT, DEFAULT_WARNING_RATIO, type BudgetStatus } from '../../core/budget.js';
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
 * over the limit. The visible count is hidden from screen readers; a polite live region
 * speaks about a second after typing stops, never on first render, and only when the
 * warning or the limit is reached or crossed back.
 *
 * @csspart base - The wrapper.
 * @csspart counter - The visible "N characters left" text.
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

  private readonly announcer = new DebouncedAnnouncer(this);
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

  protected override updated(changed: PropertyValues<this>): void {
    const previous = changed.get('count') as number | undefined;
    // Only the patient's typing is announced: not the first render, not a new limit.
    if (changed.has('count') && previous !== undefined) this.announce(previous);
    if (this.field) this.field.ariaInvalid = this.status.state === 'over' ? 'true' : null;
  }

  private announce(previousCount: number): void {
    const now = this.status;
    const before = budgetStatus(previousCount, now.max, this.warningRatio);
    if (now.state === 'ok' && before.state === 'ok') return this.announcer.cancel();
    this.announcer.schedule(this.describe(now));
  }

  private describe(status: BudgetStatus): string {
    const locale = this.resolvedLocale;
    if (status.state === 'over') return plural(this.t.budgetOver, status.over, locale);
    if (status.state === 'warning') return plural(this.t.budgetNearLimit, status.left, locale);
    return plural(this.t.budgetLeft, status.left, locale);
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
    const locale = this.resolvedLocale;
    return html`<div part="base" class=${status.state}>
      <span class="sr-only">${plural(this.t.budgetLimit, status.max, locale)}</span>
      ${status.state === 'over'
        ? html`<span part="error">${plural(this.t.budgetOver, status.over, locale)}</span>`
        : html`<span part="counter" aria-hidden="true">${this.describe(status)}</span>`}
      <span class="sr-only" role="status" aria-live="polite">${this.announcer.message}</span>
    </div>`;
  }
}
