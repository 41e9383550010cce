import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { ComposeConfig } from '../../src/core/config-schema.js';
import { composeHarness } from '../../src/testing/index.js';
import { axTree, expectAccessible, shadow } from '../helpers.js';

// config.signature (#17 item 3): "Sign your message", in a real browser, in both languages.

const config: ComposeConfig = {
  signature: {
    statement: { en: 'I certify that what I wrote is true and complete.', es: 'Certifico que lo que escribí es verdadero y completo.' },
    categories: ['prescription'],
  },
};
const today = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());

describe('<sm-compose> with config.signature', () => {
  it('asks for the full name and the certify box, says what is missing, and ends the body with the signed line', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${config}></sm-compose>`);
    const sm = composeHarness(el);
    await sm.answer('Who is this message about?', 'Me');
    await sm.chooseCategory('Prescription or refill');
    await sm.answer({ 'Medicine name': 'Metformin', 'Dose or strength': '500 mg', Pharmacy: 'Main Street' });
    expect(await sm.review()).to.equal('errors');
    expect(await sm.errors()).to.deep.equal(['Type your full name to sign', 'Check the box to sign']);
    const tree = await axTree();
    expect(tree.find((node) => node.role === 'textbox' && node.name.startsWith('Your full name'))?.states.invalid).to.equal('true');
    expect(tree.find((node) => node.role === 'checkbox' && node.name === 'I certify that what I wrote is true and complete.')?.states.invalid).to.equal('true');
    await expectAccessible(el);
    await sm.answer('Your full name', 'Ana López');
    shadow<HTMLInputElement>(el, '#signature-certify').click();
    expect(await sm.review()).to.equal('review');
    expect(shadow(el, '[part="preview"]').textContent).to.match(new RegExp(`Signed electronically by Ana López on ${today('en')}\\.$`));
    const payload = await sm.send();
    expect(payload.signature?.name).to.equal('Ana López');
    expect(Date.now() - Date.parse(payload.signature!.signedAt)).to.be.lessThan(60_000);
    expect(payload.body.endsWith(`Signed electronically by Ana López on ${today('en')}.`)).to.equal(true);
  });

  it('is not asked in a category the host did not name', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${config}></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'other', answers: { topic: 'A form' } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="signature"]')).to.equal(null);
  });

  it('in Spanish', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" .config=${config}></sm-compose>`);
    const sm = composeHarness(el);
    await sm.answer('¿Sobre quién es este mensaje?', 'Sobre mí');
    await sm.chooseCategory('Receta o resurtido');
    await sm.answer({ 'Nombre del medicamento': 'Metformina', 'Dosis o concentración': '500 mg', Farmacia: 'Farmacia Central', 'Su nombre completo': 'Ana López' });
    shadow<HTMLInputElement>(el, '#signature-certify').click();
    expect(shadow(el, '[part="signature"]').textContent).to.contain('Certifico que lo que escribí es verdadero y completo.');
    expect(await sm.review()).to.equal('review');
    expect(shadow(el, '[part="preview"]').textContent).to.contain(`Firmado electrónicamente por Ana López el ${today('es')}.`);
    await expectAccessible(el);
  });
});
