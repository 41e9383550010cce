import { html, nothing, type PropertyValues } from 'lit';
import { resolveRedFlags, type RedFlag, type RedFlagAction, type RedFlagDefinition } from '../../core/red-flags.js';
import type { UrgencyDecision } from '../../core/urgency-levels.js';
import { emit } from '../../events.js';
import { fill, formatList, type Translation } from '../../i18n/index.js';
import { mentionsCrisis } from '../../core/triage/findings.js';
import { describeFindings } from '../../i18n/urgency-findings.js';
import { callHref } from '../shared/call-link.js';
import { SmElement } from '../shared/sm-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { urgencyDialogStyles } from './urgency-dialog.styles.js';

/** What the inline notice shares with the dialog (compose.screening.ts imports them from here). */
export { callHref, describeFindings, mentionsCrisis };

/** Why the dialog opens: a routine check, or what the message seems to describe. */
export type UrgencyDialogLevel = 'check' | 'emergency' | 'crisis' | 'urgent';

/**
 * @tag sm-urgency-dialog
 * @summary "Is this an emergency?": a modal alert dialog (native `<dialog>` with
 * `showModal()`). The routine check (`level="check"`) names the red flags in plain words ("Do
 * you have any of these right now?"); choosing one shows its action right under it (the
 * emergency number, the crisis line or the on-call line). For a level read in the message it
 * names what was noticed and puts the most fitting number first. It is a soft stop: the
 * patient can always go on.
 *
 * Focus moves into the dialog on open and back to where it was on close. Escape closes it
 * with the decision `cancelled`; a call link closes it with `called-emergency`,
 * `called-on-call` or `called-crisis`; the continue button with `continued`. The red flags the
 * patient chose travel with the decision as `reported` (ids only).
 *
 * @event {CustomEvent<SmUrgencyDecisionDetail>} sm-urgency-decision - The patient answered the check. Carries the level, the finding ids, the decision and (routine check) the red-flag ids chosen, never the message text.
 *
 * @csspart dialog - The native dialog.
 * @csspart content - The dialog's content.
 * @csspart title - The question.
 * @csspart actions - The list of actions (routine check: for what the red flags do not name).
 * @csspart red-flags - The routine check's red-flag list with its heading.
 * @csspart red-flag - One red flag: a toggle button (`aria-pressed`).
 * @csspart red-flag-action - What to do for a chosen red flag, right under it.
 * @csspart emergency-link - The `tel:` link to the emergency number.
 * @csspart on-call-link - The `tel:` link to the on-call line.
 * @csspart crisis-link - The `tel:` link to the crisis line.
 * @csspart crisis-text-link - The `sms:` link to the crisis line.
 * @csspart continue-button - "None of these, continue" (after a red flag: "Continue with my message anyway").
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
    redFlags: { attribute: false },
    reported: { attribute: false },
    findingLabels: { attribute: false },
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
  /** The routine check's red flags (`{ id, label, action }`); without it, the default list. */
  declare redFlags: RedFlagDefinition[] | undefined;
  /** The ids of the red flags the patient has chosen (routine check). */
  declare reported: string[];
  /** Names for finding ids the built-in screen does not know (a host check's labels), by id. */
  declare findingLabels: Record<string, string>;

  private returnFocus: HTMLElement | null = null;

  constructor() {
    super();
    this.open = false;
    this.level = 'check';
    this.findings = [];
    this.reported = [];
    this.findingLabels = {};
    this.emergencyNumber = '911';
    this.crisisNumber = '988';
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /**
   * A modal `<dialog>` moved in the page (removed and inserted again) leaves the top layer and
   * comes back as a plain, non-modal one: the form behind it could be used without an answer.
   * Opened again as a modal, it keeps blocking until the patient answers.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.open) void this.updateComplete.then(() => this.restoreModal());
  }

  private restoreModal(): void {
    const dialog = this.dialog;
    if (!this.open || !dialog || !this.isConnected || dialog.matches(':modal')) return;
    if (dialog.open) dialog.close();
    dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('[part="content"]')?.focus();
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
      // The chosen flags that are on the list, in its order.
      ...(this.level === 'check' && { reported: this.flags.map((flag) => flag.id).filter((id) => this.reported.includes(id)) }),
    });
  }

  /** The red flags shown, in the widget's language. */
  private get flags(): RedFlag[] {
    const t = this.t;
    return resolveRedFlags(this.redFlags, this.resolvedLocale, (id) => (Object.hasOwn(DEFAULT_LABELS, id) ? t[DEFAULT_LABELS[id]!] : id));
  }

  private toggle(id: string): void {
    this.reported = this.reported.includes(id) ? this.reported.filter((chosen) => chosen !== id) : [...this.reported, id];
  }

  /** What was noticed, in plain words: the host's labels, else the built-in names, else the id. */
  private describe(ids: readonly string[]): string {
    const locale = this.resolvedLocale;
    return formatList(
      ids.map((id) => (Object.hasOwn(this.findingLabels, id) ? this.findingLabels[id]! : describeFindings([id], locale))),
      locale,
    );
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
    const check = this.level === 'check';
    const emergency = this.emergencyAction(t);
    const onCall = this.onCallNumber
      ? html`<div class="action">
          ${this.level === 'urgent' ? html`<span>${t.urgencyUrgentAdvice}</span>` : nothing}
          <a class="button ${this.level === 'urgent' ? 'primary' : ''}" part="on-call-link" href=${callHref(this.onCallNumber)} @click=${() => this.close('called-on-call')}
            >${fill(t.urgencyCallOnCall, { number: this.onCallNumber })}</a
          >
        </div>`
      : nothing;
    const crisis = html`<div class="crisis">
      <span>${t.urgencyCrisis}${this.crisisAdvice ? html` ${this.crisisAdvice}` : nothing}</span>
      ${this.crisisLinks(t)}
    </div>`;
    const flags = check ? this.flags : [];
    const shown = new Set(flags.filter((flag) => this.reported.includes(flag.id)).map((flag) => flag.action));
    // The most fitting action comes first. The routine check leads with its red flags; below
    // them, for what they do not name, the numbers a chosen flag is not already showing (and
    // the crisis line only if no red flag leads to it).
    const other = check
      ? [
          shown.has('emergency') ? nothing : emergency,
          shown.has('on-call') ? nothing : onCall,
          flags.some((flag) => flag.action === 'crisis') ? nothing : crisis,
        ].filter((action) => action !== nothing)
      : [];
    const actions =
      this.level === 'crisis' ? [crisis, emergency, onCall]
      : this.level === 'urgent' ? [onCall, emergency, crisis]
      : check ? (other.length > 0 ? [html`<p>${t.redFlagsOther}</p>`, ...other] : [])
      : mentionsCrisis(this.findings) ? [emergency, crisis, onCall]
      : [emergency, onCall, crisis];
    const continueLabel = !check ? t.urgencyConfirm : this.reported.length > 0 ? t.redFlagsContinueAnyway : t.urgencyContinue;
    return html`<dialog part="dialog" role="alertdialog" aria-modal="true" aria-labelledby="title" aria-describedby="intro" @cancel=${this.onCancel}>
      ${this.open
        ? html`<div part="content" tabindex="-1">
            <h2 part="title" id="title">${this.heading()}</h2>
            <div id="intro">
              ${this.findings.length > 0 ? html`<p>${fill(t.urgencyNoticed, { findings: this.describe(this.findings) })}</p>` : nothing}
              <p>${t.urgencyIntro}</p>
            </div>
            ${check ? this.renderRedFlags(t, flags) : nothing}
            ${actions.length > 0 ? html`<div part="actions">${actions}</div>` : nothing}
            <button type="button" part="continue-button" @click=${() => this.close('continued')}>${continueLabel}</button>
          </div>`
        : nothing}
    </dialog>`;
  }

  /**
   * "Do you have any of these right now?": one toggle per red flag. A chosen flag's action
   * shows right under it, once per kind of action (two emergencies need one emergency number).
   */
  private renderRedFlags(t: Translation, flags: RedFlag[]) {
    const actionShownAt = new Map<RedFlagAction, string>();
    for (const flag of flags) {
      if (this.reported.includes(flag.id) && !actionShownAt.has(flag.action)) actionShownAt.set(flag.action, flag.id);
    }
    return html`<div part="red-flags">
      <h3 id="red-flags-title">${t.redFlagsTitle}</h3>
      <ul role="list" aria-labelledby="red-flags-title">
        ${flags.map((flag) => {
          const chosen = this.reported.includes(flag.id);
          return html`<li>
            <button type="button" part="red-flag" class="flag" data-flag=${flag.id} aria-pressed=${chosen ? 'true' : 'false'} @click=${() => this.toggle(flag.id)}>
              <span class="box" aria-hidden="true"></span><span>${flag.label}</span>
            </button>
            ${actionShownAt.get(flag.action) === flag.id ? this.flagAction(t, flag.action) : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** What to do for a red flag: the matching call and text links first, then a sentence. */
  private flagAction(t: Translation, action: RedFlagAction) {
    const content =
      action === 'crisis'
        ? html`${this.crisisLinks(t, true)}
            <span>${fill(t.redFlagCrisisAdvice, { number: this.emergencyNumber })}${this.crisisAdvice ? html` ${this.crisisAdvice}` : nothing}</span>`
        : action === 'on-call'
          ? this.onCallNumber
            ? html`<a class="button primary" part="on-call-link" href=${callHref(this.onCallNumber)} @click=${() => this.close('called-on-call')}
                  >${fill(t.urgencyCallOnCall, { number: this.onCallNumber })}</a
                >
                <span>${fill(t.redFlagOnCallAdvice, { number: this.emergencyNumber })}</span>`
            : html`<span>${fill(t.redFlagOnCallAdvice, { number: this.emergencyNumber })}</span>${this.emergencyAction(t, false)}`
          : this.emergencyAction(t);
    return html`<div part="red-flag-action" class="flag-action action-${action}">${content}</div>`;
  }

  /** "Call 911 now", and (with `room`) "or go to the nearest emergency room.". */
  private emergencyAction(t: Translation, room = true) {
    return html`<div class="action">
      <a class="button danger" part="emergency-link" href=${callHref(this.emergencyNumber)} @click=${() => this.close('called-emergency')}
        >${fill(t.urgencyCallEmergency, { number: this.emergencyNumber })}</a
      >
      ${room ? html`<span>${t.urgencyEmergencyRoom}</span>` : nothing}
    </div>`;
  }

  private crisisLinks(t: Translation, primary = this.level === 'crisis' || (this.level === 'emergency' && mentionsCrisis(this.findings))) {
    return html`<div class="crisis-links">
      <a class="button ${primary ? 'primary' : ''}" part="crisis-link" href=${callHref(this.crisisNumber)} @click=${() => this.close('called-crisis')}
        >${fill(t.urgencyCallCrisis, { number: this.crisisNumber })}</a
      >
      <a class="button" part="crisis-text-link" href=${callHref(this.crisisNumber, 'sms')} @click=${() => this.close('called-crisis')}
        >${fill(t.urgencyTextCrisis, { number: this.crisisNumber })}</a
      >
    </div>`;
  }
}

/** The translation string that names each default red flag (hosts can reword them). */
const DEFAULT_LABELS: Partial<Record<string, keyof Translation & `redFlag${string}`>> = {
  'chest-pain': 'redFlagChestPain',
  'trouble-breathing': 'redFlagTroubleBreathing',
  'stroke-signs': 'redFlagStrokeSigns',
  'severe-bleeding': 'redFlagSevereBleeding',
  'fainting-or-seizure': 'redFlagFaintingOrSeizure',
  'throat-swelling': 'redFlagThroatSwelling',
  'infant-fever': 'redFlagInfantFever',
  'suicidal-thoughts': 'redFlagSuicidalThoughts',
};

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
