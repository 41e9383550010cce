import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ResolvedConfig } from './compose.config.js';
import { composeParts } from './compose.parts.js';
import type { ComposeView } from './compose.view-model.js';
import { configErrorView, regardingView, rulesView } from './compose.views.js';

/** `<sm-compose>`'s shadow content: the step the patient is on, and the urgency dialog. */
export function renderCompose(view: ComposeView) {
  const { t, settings, resolved } = view;
  const content = view.checking ? nothing : resolved.issues.length > 0 ? configErrorView(t, resolved.issues) : renderPhase(view, resolved);
  return html`<section part="base" aria-label=${t.widgetLabel} lang=${view.locale} ?inert=${view.unavailable} aria-disabled=${view.unavailable ? 'true' : nothing}>
    ${content}
    <sm-urgency-dialog .strings=${t} locale=${view.locale} emergency-number=${settings.emergencyNumber} crisis-number=${settings.crisisNumber} .onCallNumber=${settings.onCallNumber}></sm-urgency-dialog>
  </section>`;
}

function renderPhase(view: ComposeView, resolved: ResolvedConfig) {
  const { t, state, derived, settings, on } = view;
  // The review and sent steps are reached only through Review, which loaded their views.
  const review = composeParts.review.loaded;
  const said = state.phase === 'compose' ? undefined : review?.reviewStrings(resolved.config.strings, view.locale);
  if (state.phase === 'sent') return said && review?.sentView(said, { replyTime: resolved.replyTime, office: view.office, emergencyNumber: settings.emergencyNumber, onNewMessage: on.startOver });
  const acknowledgement = view.requireAcknowledgement ? { checked: state.acknowledged, onChange: on.acknowledge } : undefined;
  const brief = derived.shows.briefRules;
  const rules = guard([t, resolved.replyTime, view.office?.closed, view.office?.onCall, settings.emergencyNumber, state.acknowledged, view.requireAcknowledgement, brief], () =>
    rulesView(t, { replyTime: resolved.replyTime, brief, office: view.office, emergencyNumber: settings.emergencyNumber, acknowledgement }),
  );
  // The status region is always there, so that a notice put in it is read.
  const drafts = html`<div role="status">${composeParts.write.loaded?.draftNoticesView(t, { restoredAt: state.restoredAt, locale: view.locale, saveFailed: view.draftSaveFailed, onStartOver: on.startOver })}</div>`;
  const step =
    state.phase === 'review'
      ? said && review?.reviewView(said, {
          category: derived.category!,
          recipient: derived.recipient?.label,
          answers: state.answers,
          subject: derived.subject,
          body: derived.body,
          locale: view.locale,
          busy: view.busy,
          sendFailed: state.sendFailed,
          onSend: on.send,
          onEdit: on.edit,
        })
      : renderWrite(view, resolved);
  return html`${rules}${drafts}${step}`;
}

function renderWrite(view: ComposeView, resolved: ResolvedConfig) {
  const { t, state, derived, on } = view;
  // Problems show only after a press of Review, which is in the writing step: its views have loaded.
  const write = composeParts.write.loaded;
  const problems = state.showErrors && write ? derived.problems : [];
  const regardingError = problems.find((problem) => problem.target === 'regarding');
  const category = derived.category;
  // A keystroke changes none of these: they are not rendered again for it.
  const choices = guard([t, state.regarding, regardingError, state.category, resolved, derived.shows.redirect, write], () => html`
    ${regardingView(t, { value: state.regarding, error: regardingError && write?.problemText(t, regardingError), proxyHref: resolved.config.proxyHref, onChange: on.regard })}
    <sm-category-picker .strings=${t} locale=${view.locale} .categories=${resolved.categories} .value=${state.category} @sm-category-change=${on.choose}></sm-category-picker>
    ${derived.shows.redirect && category?.redirect ? write?.redirectView(t, category.redirect, on.redirect) : nothing}`);
  return html`${problems.length > 0 ? write?.errorSummaryView(t, problems) : nothing}
    ${derived.shows.choices ? choices : nothing}
    ${write?.stepsBeforeWriting(view, resolved.config, problems)}
    ${derived.shows.write && category && write ? write.writeStep(view, category, problems) : nothing}`;
}
