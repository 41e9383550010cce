import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmPromptFields } from '../../src/components/prompt-fields/prompt-fields.js';
import { DEFAULT_CATEGORIES } from '../../src/core/catalog.js';
import { resolveCategory } from '../../src/core/resolve-catalog.js';
import type { ResolvedPrompt } from '../../src/core/resolve-catalog.js';
import { expectAccessible, shadow, shadowAll, type } from '../helpers.js';

const prompts = (id: string, locale: 'en' | 'es' = 'en') => resolveCategory(DEFAULT_CATEGORIES.find((c) => c.id === id)!, locale).prompts;

describe('<sm-prompt-fields>', () => {
  it('gives every prompt a real label, never a placeholder, with hints tied to the control', async () => {
    const el = await fixture<SmPromptFields>(html`<sm-prompt-fields locale="en" .prompts=${prompts('prescription')}></sm-prompt-fields>`);
    const controls = shadowAll<HTMLInputElement>(el, '[part="control"]');
    expect(controls.map((control) => control.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Medicine name (required)',
      'Dose or strength (optional)',
      'Pharmacy (required)',
      'Days of medicine left (optional)',
    ]);
    for (const control of controls) expect(control.hasAttribute('placeholder')).to.equal(false);
    expect(shadow(el, `#${controls[0]!.getAttribute('aria-describedby')}`).textContent).to.equal('As it is written on the label.');
    expect(controls[3]!.type).to.equal('number');
    await expectAccessible(el);
  });

  it('renders every kind of prompt', async () => {
    const all: ResolvedPrompt[] = [
      { id: 'a', label: 'Text', hint: '', kind: 'text', required: false, options: [], summarizes: false },
      { id: 'b', label: 'Long', hint: '', kind: 'textarea', required: true, options: [], summarizes: false },
      { id: 'c', label: 'Pick', hint: '', kind: 'select', required: false, options: [{ value: 'x', label: 'X' }], summarizes: false },
      { id: 'd', label: 'When', hint: '', kind: 'date', required: false, options: [], summarizes: false },
      { id: 'e', label: 'How many', hint: '', kind: 'number', required: false, options: [], summarizes: false },
    ];
    const el = await fixture<SmPromptFields>(html`<sm-prompt-fields locale="es" .prompts=${all}></sm-prompt-fields>`);
    const controls = shadowAll(el, '[part="control"]');
    expect(controls.map((c) => c.localName + ((c as HTMLInputElement).type ? `:${(c as HTMLInputElement).type}` : ''))).to.deep.equal([
      'input:text',
      'textarea:textarea',
      'select:select-one',
      'input:date',
      'input:number',
    ]);
    expect(shadow(el, 'select option').textContent).to.equal('Elija una opción');
    await expectAccessible(el);
  });

  it('reports which answer changed, never the answer itself', async () => {
    const el = await fixture<SmPromptFields>(html`<sm-prompt-fields .prompts=${prompts('prescription')}></sm-prompt-fields>`);
    el.focusField('pharmacy');
    const changed = oneEvent(el, 'sm-field-input');
    await type('M');
    const event = await changed;
    expect(event.detail).to.deep.equal({ id: 'pharmacy' });
    await type('ain St');
    expect(el.values).to.deep.equal({ pharmacy: 'Main St' });
  });

  it('ties each error to its field', async () => {
    const el = await fixture<SmPromptFields>(html`<sm-prompt-fields locale="en" .prompts=${prompts('prescription')} .errors=${{ pharmacy: 'Enter pharmacy' }}></sm-prompt-fields>`);
    const field = shadow(el, '#field-pharmacy');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const ids = field.getAttribute('aria-describedby')!.split(' ');
    expect(ids.map((id) => shadow(el, `#${id}`).textContent)).to.deep.equal(['Name and street or city.', 'Enter pharmacy']);
    expect(shadow(el, '#field-medication').hasAttribute('aria-invalid')).to.equal(false);
    await expectAccessible(el);
  });
});
