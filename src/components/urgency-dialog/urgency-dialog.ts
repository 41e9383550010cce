import { html, nothing, type PropertyValues } from 'lit';
import type { UrgencyDecision } from '../../core/urgency-levels.js';
import { emit } from '../../events.js';
import { fill } from '../../i18n/index.js';
import { describeFindings } from '../../i18n/urgency-findings.js';
import { SmElement } from '../shared/sm-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { urgencyDialogStyles } from './urgency-dialog.styles.js';

/** Why the dialog opens: a routine check, or what the message seems to describe. */
export type UrgencyDialogLevel = 'check' | 'emergency' | 'crisis' | 'urgent';

/**
 * @tag sm-urgency-dialog
 * @summary "Is this an emergency?": a modal alert dialog (native `<dialog>` with
 * `showModal()`) that puts the emergency number, the on-call line and the crisis line
 * before "No, continue writing". It is a soft stop: the patient can always go on.
 *
 * Focus moves into the dialog on open and back to where it was on close. Escape closes it
 * with the decision `cancelled`; a call link closes it with `called-emergency`,
 * `called-on-call` or `called-crisis`; the continue button with `continued`.
 *
 * @event {CustomEvent<SmUrgencyDecisionDetail>} sm-urgency-decision - The patient answered the check. Carries the level, the finding ids and the decision, never the message text.
 *
 * @csspart dialog - The native dialog.
 * @csspart content - The dialog's content.
 * @csspart title - The question.
 * @csspart actions - The list of actions.
 * @csspart emergency-link - The `tel:` link to the emergency number.
 * @csspart on-call-link - The `tel:` link to the on-call line.
 * @csspart crisis-link - The `tel:` link to the crisis line.
 * @csspart crisis-text-link - The `sms:` link to the crisis line.
 * @csspart continue-button - "No, continue writing".
 *
 * @cssproperty --sm-color-danger - The emergency call button.
 */
export class SmUrgencyDialog extends SmElement {
  static override styles = [baseStyles, urgencyDialogStyles];
  static override properties = {
    open: { type: Boolean, reflect: true },
    level: { reflect: true },
    findings: { attribute: false },
    emergencyNumber: { attribute: 'emergency-number' },
    crisisNumber: { attribute: 'crisis-number' },
    onCallNumber: { attribute: 'on-call-number' },
    crisisAdvice: { attribute: 'crisis-advice' },
  };

  /** Whether the dialog is shown. Prefer `show()`, which remembers where focus was. */
  declare open: boolean;
  /** What opened it: `check` (the routine question) or the level the message seems to have. */
  declare level: UrgencyDialogLevel;
  /** Ids of what was noticed in the message (from `assessUrgency`), shown in plain words. */
  declare findings: string[];
  /** The emergency number, called through a `tel:` link. Default 911. */
  declare emergencyNumber: string;
  /** The crisis line, called (`tel:`) or texted (`sms:`). Default 988. */
  declare crisisNumber: string;
  /** The care team's on-call line; without it, no on-call link is shown. */
  declare onCallNumber: string | undefined;
  /** Extra crisis-line wording from the host, e.g. "Veterans: press 1". */
  declare crisisAdvice: string | undefined;

  private returnFocus: HTMLElement | null = null;

  constructor() {
    super();
    this.open = false;
    this.level = 'check';
    this.findings = [];
    this.emergencyNumber = '911';
    this.crisisNumber = '988';
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog and remembers the focused element to return to. */
  show(): void {
    this.returnFocus = deepActiveElement();
    this.open = true;
  }

  /** Closes the dialog, records `decision` and returns focus. */
  close(decision: UrgencyDecision): void {
    if (!this.open) return;
    this.open = false;
    emit(this, 'sm-urgency-decision', {
      level: this.level === 'check' ? 'none' : this.level,
      findings: [...this.findings],
      decision,
      checkedAt: new Date().toISOString(),
    });
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (!changed.has('open')) return;
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      this.returnFocus ??= deepActiveElement();
      dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('[part="content"]')?.focus();
    } else if (!this.open && dialog.open) {
      dialog.close();
      const target = this.returnFocus;
      this.returnFocus = null;
      await Promise.resolve();
      target?.focus();
    }
  }

  private onCancel(event: Event): void {
    // Escape: back to editing, nothing sent.
    event.preventDefault();
    this.close('cancelled');
  }

  private heading(): string {
    const t = this.t;
    return { check: t.urgencyTitle, emergency: t.urgencyTitleEmergency, crisis: t.urgencyTitleCrisis, urgent: t.urgencyTitleUrgent }[this.level] ?? t.urgencyTitle;
  }

  protected override render() {
    const t = this.t;
    const emergency = html`<div class="action">
      <a class="button danger" part="emergency-link" href="tel:${this.emergencyNumber}" @click=${() => this.close('called-emergency')}
        >${fill(t.urgencyCallEmergency, { number: this.emergencyNumber })}</a
      >
      <span>${t.urgencyEmergencyRoom}</span>
    </div>`;
    const onCall = this.onCallNumber
      ? html`<div class="action">
          ${this.level === 'urgent' ? html`<span>${t.urgencyUrgentAdvice}</span>` : nothing}
          <a class="button ${this.level === 'urgent' ? 'primary' : ''}" part="on-call-link" href="tel:${this.onCallNumber}" @click=${() => this.close('called-on-call')}
            >${fill(t.urgencyCallOnCall, { number: this.onCallNumber })}</a
          >
        </div>`
      : nothing;
    const crisis = html`<div class="crisis">
      <span>${t.urgencyCrisis}${this.crisisAdvice ? html` ${this.crisisAdvice}` : nothing}</span>
      <div class="crisis-links">
        <a class="button ${this.level === 'crisis' ? 'primary' : ''}" part="crisis-link" href="tel:${this.crisisNumber}" @click=${() => this.close('called-crisis')}
          >${fill(t.urgencyCallCrisis, { number: this.crisisNumber })}</a
        >
        <a class="button" part="crisis-text-link" href="sms:${this.crisisNumber}" @click=${() => this.close('called-crisis')}
          >${fill(t.urgencyTextCrisis, { number: this.crisisNumber })}</a
        >
      </div>
    </div>`;
    // The most fitting action comes first.
    const actions = this.level === 'crisis' ? [crisis, emergency, onCall] : this.level === 'urgent' ? [onCall, emergency, crisis] : [emergency, onCall, crisis];
    const continueLabel = this.level === 'check' ? t.urgencyContinue : t.urgencyConfirm;
    return html`<dialog part="dialog" role="alertdialog" aria-modal="true" aria-labelledby="title" aria-describedby="intro" @cancel=${this.onCancel}>
      ${this.open
        ? html`<div part="content" tabindex="-1">
            <h2 part="title" id="title">${this.heading()}</h2>
            <div id="intro">
              ${this.findings.length > 0 ? html`<p>${fill(t.urgencyNoticed, { findings: describeFindings(this.findings, this.resolvedLocale) })}</p>` : nothing}
              <p>${t.urgencyIntro}</p>
            </div>
            <div part="actions">${actions}</div>
            <button type="button" part="continue-button" @click=${() => this.close('continued')}>${continueLabel}</button>
          </div>`
        : nothing}
    </dialog>`;
  }
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
