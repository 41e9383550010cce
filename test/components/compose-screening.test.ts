import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import { composeParts } from '../../src/components/compose/compose.parts.js';
import type { SmUrgencyDialog } from '../../src/components/urgency-dialog/urgency-dialog.js';
import type { SmSubmitDetail } from '../../src/events.js';
import {
  BloodPressureReading,
  BloodPressureReadingSpanish,
  InfantFeverCaregiver,
  InfantFeverCaregiverSpanish,
  OverdoseToDie,
  OverdoseToDieSpanish,
  VeiledCrisis,
  VeiledCrisisSpanish,
} from '../../stories/urgency-screen.stories.js';
import { expectAccessible, shadow } from '../helpers.js';

// What <sm-compose> does with messages written the way patients write them: the screen reads
// the whole assembled message (prompts and text) at Review and the dialog names what it read,
// with the fitting line first. The drafts are the stories' own.

const dialog = (el: SmCompose) => shadow<SmUrgencyDialog>(el, 'sm-urgency-dialog');

async function review(locale: 'en' | 'es', draft: Parameters<SmCompose['prefill']>[0]): Promise<SmCompose> {
  const el = await fixture<SmCompose>(html`<sm-compose locale=${locale} urgency-check="send" on-call-number="555-0100"></sm-compose>`);
  el.prefill(draft);
  await el.updateComplete;
  // The screening has arrived, as it has a moment after the first screen (before it has, Review
  // asks the red flags first: test/browser/drop-in.test.ts).
  await composeParts.screening.load();
  shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
  await el.updateComplete;
  await dialog(el).updateComplete;
  return el;
}

/** The `part` of the first call link in the dialog's actions: the line offered first. */
const firstLine = (el: SmCompose) => shadow(dialog(el), '[part="actions"] a').getAttribute('part');
const noticed = (el: SmCompose) => shadow(dialog(el), '#intro').textContent?.replace(/\s+/g, ' ') ?? '';

const cases = [
  { name: 'a caregiver writing about a 6-week-old with a fever', story: InfantFeverCaregiver, locale: 'en', level: 'emergency', line: 'emergency-link', words: 'fever in a baby younger than 3 months' },
  { name: 'un bebé de 5 semanas con calentura', story: InfantFeverCaregiverSpanish, locale: 'es', level: 'emergency', line: 'emergency-link', words: 'fiebre en un bebé de menos de 3 meses' },
  { name: 'a blood pressure of 214/126 in the readings line', story: BloodPressureReading, locale: 'en', level: 'emergency', line: 'emergency-link', words: 'blood pressure far too high or too low' },
  { name: 'una presión de 220/130 en la línea de mediciones', story: BloodPressureReadingSpanish, locale: 'es', level: 'emergency', line: 'emergency-link', words: 'presión muy alta o muy baja' },
  { name: 'a refill request that turns into a goodbye', story: VeiledCrisis, locale: 'en', level: 'crisis', line: 'crisis-link', words: 'words that can mean thoughts of ending your life' },
  { name: 'un resurtido que se vuelve una despedida', story: VeiledCrisisSpanish, locale: 'es', level: 'crisis', line: 'crisis-link', words: 'palabras que pueden significar pensamientos de quitarse la vida' },
] as const;

/** The call links of the dialog's actions, in order. */
const lines = (el: SmCompose) => [...(dialog(el).shadowRoot?.querySelectorAll('[part="actions"] a') ?? [])].map((a) => a.getAttribute('part'));

describe('<sm-compose> reading messages written the way patients write', () => {
  for (const c of cases) {
    it(`${c.name}: the ${c.level} dialog names it in plain words, ${c.line} first`, async () => {
      const el = await review(c.locale, c.story.args!.draft!);
      const urgency = dialog(el);
      expect(urgency.open).to.equal(true);
      expect(urgency.level).to.equal(c.level);
      expect(noticed(el)).to.contain(c.words);
      expect(firstLine(el)).to.equal(c.line);
      await expectAccessible(el);
    });
  }

  for (const [name, story, locale] of [
    ['an overdose taken to die', OverdoseToDie, 'en'],
    ['una sobredosis para morir', OverdoseToDieSpanish, 'es'],
  ] as const) {
    it(`${name}: the emergency dialog, with the crisis line right after the emergency number`, async () => {
      const el = await review(locale, story.args!.draft!);
      expect(dialog(el).level).to.equal('emergency');
      expect(lines(el).slice(0, 3)).to.deep.equal(['emergency-link', 'crisis-link', 'crisis-text-link']);
      await expectAccessible(el);
    });
  }

  it('records what was read in the payload, and the patient can still send (a soft stop)', async () => {
    const el = await review('en', VeiledCrisis.args!.draft!);
    shadow<HTMLButtonElement>(dialog(el), '[part="continue-button"]').click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'sm-submit');
    shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
    const { payload } = (await submitted).detail as SmSubmitDetail;
    expect(payload.urgency.level).to.equal('crisis');
    expect(payload.urgency.decision).to.equal('continued');
    expect(payload.urgency.findings).to.include('crisis-signs');
  });
});
