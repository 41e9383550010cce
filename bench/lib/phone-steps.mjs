// What the patient does in the throttled-phone comparison (bench/lib/phone.mjs), as data: the
// elements, the actions and what shows that the widget has answered. Change this file, not the
// runner, when the markup or the flow changes.
//
// Elements are found by a *path* of CSS selectors. The first is looked for in the document and
// in every shadow root under it; each next one in the shadow roots (and light DOM) under the
// previous match, at any depth. So `['sm-compose', 'sm-urgency-dialog', 'dialog']` still finds
// the dialog if it moves into a child component, or out of one.
//
// A *condition* is `{ all: [path, …], none: [path, …] }`: every path in `all` finds an element
// that has a box (is rendered), and no path in `none` finds one.

/** The category the patient taps, and the answers it requires (src/core/catalog.ts). */
export const CATEGORY = 'other';
const REQUIRED_ANSWERS = [{ prompt: 'topic', text: 'My chest' }];
export const SUBJECT = 'Chest pain';
export const MESSAGE = 'I have crushing chest pain spreading to my left arm and I am sweating';

const COMPOSE = 'sm-compose';
const PICKER = [COMPOSE, 'sm-category-picker'];
/** The urgency dialog's native `<dialog>`, open, for one level (the element reflects `level`). */
const dialogOpen = (level) => [COMPOSE, `sm-urgency-dialog[level="${level}"]`, 'dialog[open]'];
const ANY_DIALOG_OPEN = [COMPOSE, 'sm-urgency-dialog', 'dialog[open]'];
const REVIEW_BUTTON = [COMPOSE, '[part~="review-button"]'];

/** The first screen: the rules and the category picker's choices are rendered. */
export const FIRST_SCREEN = { all: [[COMPOSE, '[part~="rules"]'], [...PICKER, 'input[type="radio"]']] };

/**
 * The flow, in order, from the first screen on. Each step:
 * - `action`: `tap` (a touch tap at the centre of `target`, scrolled into view) or `type`
 *   (focus `target`, select what is in it with `replace`, and insert `text` as the keyboard does);
 * - `target`: the path of the element; the runner waits (untimed) until it is rendered;
 * - `until`: a condition the runner waits for after the action (untimed unless `measure`);
 * - `measure`: the figure's id: the time from the action's `click` event (a capture listener on
 *   the window; `tap` steps only) to `until` being true, with the matched elements laid out;
 * - `mark: 'review'`: in the "Review after 5 s" flow, this step waits until 5 s after the
 *   first screen;
 * - `when`: a condition; the step is taken only if it holds (untimed check before the action).
 * Conditions: `all` rendered, `none` rendered, `any` (at least one) rendered.
 *
 * If the "is this an emergency?" check moves (e.g. to when the patient starts writing), move the
 * `tap-to-check` measure and the continue step to where the check then opens.
 */
export const FLOW = [
  // "Who is this message about?" comes first on the page.
  { id: 'regarding-myself', action: 'tap', target: [COMPOSE, 'label:has(input[name="regarding"][value="self"])'], until: { all: [[COMPOSE, 'input[name="regarding"][value="self"]:checked']] } },
  {
    // Choosing a category opens nothing (issue #16): the writing step appears.
    id: 'tap-category',
    action: 'tap',
    target: [...PICKER, `input[type="radio"][value="${CATEGORY}"] ~ label`],
    until: { all: [[COMPOSE, 'sm-prompt-fields', `#field-${REQUIRED_ANSWERS[0].prompt}`]] },
  },
  {
    // The check comes when the patient starts writing: a tap on the first field.
    id: 'start-writing',
    action: 'tap',
    target: [COMPOSE, 'sm-prompt-fields', `#field-${REQUIRED_ANSWERS[0].prompt}`],
    until: { all: [dialogOpen('check')] },
    measure: 'tapToCheck',
  },
  {
    // "No, continue": the routine check's answer that it is not an emergency (urgency-dialog.ts).
    id: 'answer-check',
    action: 'tap',
    target: [COMPOSE, 'sm-urgency-dialog', '[part~="continue-button"]'],
    until: { none: [ANY_DIALOG_OPEN] },
  },
  ...REQUIRED_ANSWERS.map(({ prompt, text }) => ({ id: `answer-${prompt}`, action: 'type', target: [COMPOSE, 'sm-prompt-fields', `#field-${prompt}`], text })),
  { id: 'subject', action: 'type', target: [COMPOSE, '[part~="subject"]'], text: SUBJECT, replace: true },
  { id: 'message', action: 'type', target: [COMPOSE, '[part~="message"]'], text: MESSAGE },
  {
    // The first safety question Review puts on screen: the emergency question naming what the
    // text reads as, or, while the screening is still loading, the red flags (compose.flow.ts).
    id: 'review',
    action: 'tap',
    target: REVIEW_BUTTON,
    until: { any: [dialogOpen('emergency'), dialogOpen('check')] },
    measure: 'reviewToDialog',
    mark: 'review',
  },
  {
    // Only when Review asked the red flags: "None of these", then the emergency question once
    // the screening has read the text.
    id: 'answer-check-at-review',
    when: { all: [dialogOpen('check')] },
    action: 'tap',
    target: [COMPOSE, 'sm-urgency-dialog', '[part~="continue-button"]'],
    until: { all: [dialogOpen('emergency')] },
    measure: 'checkToEmergency',
  },
];

