import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { OfficeHoursConfig } from '../../src/core/config-schema.js';
import { formatOfficeDay } from '../../src/core/office-hours.js';
import { composeHarness } from '../../src/testing/index.js';
import { expectAccessible, shadow } from '../helpers.js';

// config.officeHours (#17 item 4): out of hours the rules say when the message will be read,
// and the on-call line comes first. Closed today (a holiday), open every other day.

const allDay = { open: '00:00', close: '24:00' };
const today = new Date().toISOString().slice(0, 10);
const closedToday: OfficeHoursConfig = {
  timeZone: 'UTC',
  week: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
  holidays: [today],
};
const tomorrow = new Date(Date.now() + 86_400_000);
const day = (locale: string) => formatOfficeDay({ year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate(), opens: '00:00', today: false }, locale);
const rules = (el: SmCompose) => [...shadow(el, '[part="rules"]').querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<sm-compose> with config.officeHours', () => {
  it('out of hours, says first when the care team will read it and gives the on-call line, in place of the usual reply time', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" on-call-number="555-0100" .config=${{ officeHours: closedToday }}></sm-compose>`);
    await waitUntil(() => shadow(el, '[part="rules"]').textContent!.includes('closed'), 'the office notice shows');
    expect(rules(el)[0]).to.equal(`The office is closed now. Your care team will read this on ${day('en')}. If you need help before then, call the on-call line: 555-0100.`);
    expect(rules(el).some((line) => line.includes('usually answers'))).to.equal(false);
    expect(rules(el).at(-1)).to.equal('In an emergency, call 911.');
    await expectAccessible(el);
  });

  it('in Spanish, and on the confirmation after sending', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" .config=${{ officeHours: closedToday }}></sm-compose>`);
    await waitUntil(() => shadow(el, '[part="rules"]').textContent!.includes('cerrada'), 'the office notice shows');
    expect(rules(el)[0]).to.equal(`La oficina está cerrada ahora. Su equipo médico leerá esto el ${day('es')}.`);
    const sm = composeHarness(el);
    await sm.answer('¿Sobre quién es este mensaje?', 'Sobre mí');
    await sm.chooseCategory('Otro asunto');
    await sm.answer('¿De qué se trata?', 'Una carta para el trabajo');
    expect(await sm.review()).to.equal('review');
    el.addEventListener('sm-submit', (event) => (event as CustomEvent).detail.waitUntil(Promise.resolve()), { once: true });
    await sm.send();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="sent"]'), 'the confirmation shows');
    expect(shadow(el, '[part="sent"]').textContent).to.contain(`Su equipo médico leerá esto el ${day('es')}.`);
    await expectAccessible(el);
  });

  it('while the office is open, the rules say the usual reply time', async () => {
    const open: OfficeHoursConfig = { ...closedToday, holidays: [] };
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${{ officeHours: open }}></sm-compose>`);
    await waitUntil(() => shadow(el, '[part="rules"]').textContent!.includes('usually answers'), 'the rules show');
    expect(shadow(el, '[part="rules"]').textContent).not.to.contain('closed');
  });
});
