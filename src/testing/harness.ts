import type { MessagePayload } from '../core/payload-schema.js';
import type { Driver, FieldKind, Name } from './driver.js';
import { widgetNames, type WidgetNames } from './names.js';

export interface HarnessOptions {
  /** The host's `config.strings`, when it renamed the widget's buttons. */
  strings?: Partial<Record<string, string>>;
  /** How long to wait for the widget to answer an action, in ms (default 5000). */
  timeout?: number;
}

/** Where Review led. */
export type ReviewOutcome = 'review' | 'errors' | 'urgency-check';

/**
 * Drives `<sm-compose>` as a patient does, through roles and names only (never its internal
 * markup), so a QA team's tests outlive changes to the widget's inside.
 */
export interface ComposeHarness {
  /** Chooses a category by its name, as shown: `chooseCategory('Prescription or refill')`. */
  chooseCategory(name: Name): Promise<void>;
  /**
   * Answers fields by their label: a text field is typed into, a select or a group of choices
   * ("Who is this message about?") takes the option with exactly that name.
   */
  answer(label: Name, value: string): Promise<void>;
  answer(answers: Record<string, string>): Promise<void>;
  /** Writes the message (the free-text field). */
  type(text: string): Promise<void>;
  /** Goes on past the open "Is this an emergency?" dialog, as a patient who has none of it. */
  passUrgencyCheck(): Promise<void>;
  /** Presses Review: the review step, the list of problems, or an urgency dialog that asks first. */
  review(): Promise<ReviewOutcome>;
  /** Presses Send (or Try again) and resolves with the payload the widget emitted. */
  send(): Promise<MessagePayload>;
  /** The payload of the last `sm-submit` this harness saw. */
  lastPayload(): MessagePayload | undefined;
  /** The problems listed after Review, as the patient reads them. */
  errors(): Promise<string[]>;
}

export function createHarness(driver: Driver, options: HarnessOptions = {}): ComposeHarness {
  const names: WidgetNames = widgetNames(options.strings);
  const timeout = options.timeout ?? 5000;
  let writingStarted = false;
  /** The routine check was answered when writing started. */
  let checkAnswered = false;
  let last: MessagePayload | undefined;

  async function passUrgencyCheck(): Promise<void> {
    await driver.click('button', names.urgencyContinue, { role: 'alertdialog', name: /./ });
    if ((await driver.waitForAny([{ role: 'alertdialog', hidden: true }], timeout)) < 0) throw new Error('sm-compose testing: the urgency dialog did not close.');
  }

  /** A routine check left open (a click on a choice opened it): answered before the next step. */
  async function passOpenRoutineCheck(): Promise<void> {
    if (await driver.visible('button', names.routineContinue)) await passUrgencyCheck();
  }

  /**
   * The first text field to take focus opens the routine "Do you have any of these right
   * now?" check, which takes the keyboard: focus first, answer "None of these" as a patient
   * without a red flag would, then type.
   */
  async function write(name: Name, kind: FieldKind, edit: () => Promise<void>): Promise<void> {
    await passOpenRoutineCheck();
    if (!writingStarted && kind !== 'choice') {
      writingStarted = true;
      await driver.focus(name);
      const asks = !['send', 'off'].includes(await driver.urgencyCheckMode());
      // The dialog may take a moment to load; a restored draft may have answered it already.
      if (asks && (await driver.waitForAny([{ role: 'button', name: names.routineContinue }], Math.min(timeout, 2000))) === 0) {
        await passUrgencyCheck();
        checkAnswered = true;
      }
    }
    await edit();
  }

  async function answerOne(label: Name, value: string): Promise<void> {
    const kind = await driver.field(label);
    await write(label, kind, () => (kind === 'choice' ? driver.choose(label, value) : kind === 'select' ? driver.select(label, value) : driver.fill(label, value)));
  }

  return {
    async chooseCategory(name) {
      await passOpenRoutineCheck();
      await driver.click('radio', name);
    },
    async answer(label: Name | Record<string, string>, value?: string) {
      if (typeof label === 'string' || label instanceof RegExp) return answerOne(label, value ?? '');
      for (const [name, answer] of Object.entries(label)) await answerOne(name, answer);
    },
    async type(text) {
      await write(names.message, 'text', () => driver.fill(names.message, text));
    },
    passUrgencyCheck,
    async review() {
      await passOpenRoutineCheck();
      await driver.click('button', names.review);
      const outcomes = [{ role: 'button', name: names.send }, { role: 'region', name: names.errorSummary }, { role: 'alertdialog' }] as const;
      let outcome = await driver.waitForAny([...outcomes], timeout);
      // Review pressed before the screening has arrived asks the red flags again: answered as
      // they were when writing started, and then Review goes on as it would have.
      if (outcome === 2 && checkAnswered && (await driver.visible('button', names.routineContinue))) {
        await passUrgencyCheck();
        outcome = await driver.waitForAny([...outcomes], timeout);
      }
      if (outcome < 0) throw new Error('sm-compose testing: Review led nowhere: no review step, no list of problems, no urgency dialog.');
      return (['review', 'errors', 'urgency-check'] as const)[outcome]!;
    },
    async send() {
      last = await driver.submitted(() => driver.click('button', names.send), timeout);
      return last;
    },
    lastPayload: () => last,
    errors: async () => ((await driver.visible('region', names.errorSummary)) ? driver.items('region', names.errorSummary) : []),
  };
}
