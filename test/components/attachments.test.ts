import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SmAttachments } from '../../src/components/attachments/attachments.js';
import type { SmAttachmentsChangeDetail } from '../../src/events.js';
import { deepActiveElement, expectAccessible, press, shadow, shadowAll, tabTo } from '../helpers.js';

const MB = 1024 * 1024;
// A 1×1 transparent PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));

const png = (name = 'rash.png') => new File([PNG], name, { type: 'image/png' });
const pdf = (name = 'scan.pdf', size = 1200) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });
const text = (name = 'notes.txt') => new File(['Blood pressure log'], name, { type: 'text/plain' });
/** A file that claims `size` bytes without allocating them. */
const sized = (name: string, type: string, size: number) => {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
};

const input = (el: SmAttachments) => shadow<HTMLInputElement>(el, 'input[type="file"]');
const names = (el: SmAttachments) => shadowAll(el, '[part="name"]').map((node) => node.textContent);
const errors = (el: SmAttachments) => shadowAll(el, '[part="error"]').map((node) => node.textContent?.trim());

/** Picks files as the system dialog would: sets them on the input and fires `change`. */
async function pick(el: SmAttachments, ...files: File[]): Promise<void> {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const field = input(el);
  field.files = transfer.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function dragEvent(type: string, files: File[]): DragEvent {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return new DragEvent(type, { bubbles: true, composed: true, cancelable: true, dataTransfer: transfer });
}

async function drop(el: SmAttachments, ...files: File[]): Promise<DragEvent> {
  const zone = shadow(el, '[part~="dropzone"]');
  zone.dispatchEvent(dragEvent('dragenter', files));
  zone.dispatchEvent(dragEvent('dragover', files));
  const event = dragEvent('drop', files);
  zone.dispatchEvent(event);
  await el.updateComplete;
  return event;
}

describe('<sm-attachments>', () => {
  it('starts empty, with a labelled picker, the limits, and a 44px target', async () => {
    const el = await fixture<SmAttachments>(html`<sm-attachments locale="en"></sm-attachments>`);
    const field = input(el);
    expect(field.type).to.equal('file');
    expect(field.multiple).to.equal(true);
    expect(field.accept).to.equal('image/*,application/pdf,text/plain');
    expect(field.labels?.[0]?.textContent?.trim()).to.equal('Add files');
    expect(field.getAttribute('aria-describedby')).to.equal('hint');
    await tabTo((node) => node === field);
    expect(shadow(el, '#hint').textContent).to.equal('Up to 4 files, 6 MB each and 10 MB in all: photos, PDF files, and text files.');
    const label = shadow(el, '[part="picker-button"]').getBoundingClientRect();
    expect(label.height).to.be.at.least(44);
    const box = field.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([label.width, label.height], 'the input covers its label');
    expect(shadowAll(el, '[part="item"]')).to.have.length(0);
    expect(errors(el)).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('adds files from the picker, with thumbnails for images and text rows for the rest', async () => {
    const el = await fixture<SmAttachments>(html`<sm-attachments locale="en"></sm-attachments>`);
    setTimeout(() => void pick(el, png(), pdf('scan.pdf', 1.2 * MB), text()));
    const event = await oneEvent(el, 'sm-attachments-change');
    expect((event as CustomEvent<SmAttachmentsChangeDetail>).detail).to.deep.equal({ count: 3 });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.files.map((file) => file.name)).to.deep.equal(['rash.png', 'scan.pdf', 'notes.txt']);
    expect(names(el)).to.deep.equal(['rash.png', 'scan.pdf', 'notes.txt']);
    expect(shadowAll(el, '[part="size"]').map((node) => node.textContent)).to.deep.equal(['68 bytes', '1.2 MB', '18 bytes']);
    const thumbnails = shadowAll<HTMLImageElement>(el, '[part="thumbnail"]');
    expect(thumbnails).to.have.length(1);
    expect(thumbnails[0]!.alt).to.equal('rash.png');
    expect(thumbnails[0]!.src).to.match(/^blob:/);
    await thumbnails[0]!.decode();
    expect(thumbnails[0]!.naturalWidth).to.equal(1);
    expect(input(el).value).to.equal('', 'the input is cleared so the same file can be picked again');
    expect(shadow(el, '.sr-only[role="status"]').textContent).to.equal('3 files added.');
    expect(shadowAll(el, '[part="remove-button"]').map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Remove rash.png',
      'Remove scan.pdf',
      'Remove notes.txt',
    ]);
    await expectAccessible(el);
  });

  it('adds dropped files, shows the drag-over state and keeps the browser from opening them', async () => {
    const el = await fixture<SmAttachments>(html`<sm-attachments locale="en"></sm-attachments>`);
    const zone = shadow(el, '[part~="dropzone"]');
    zone.dispatchEvent(dragEvent('dragenter', [png()]));
    const over = dragEvent('dragover', [png()]);
    zone.dispatchEvent(over);
    await el.updateComplete;
    expect(over.defaultPrevented).to.equal(true);
    expect(zone.getAttribute('part')).to.equal('dropzone dropzone-active');
    expect(shadow(el, '[part="drop-hint"]').textContent).to.equal('Drop the files here to add them');
    await expectAccessible(el);
    zone.dispatchEvent(dragEvent('dragleave', [png()]));
    await el.updateComplete;
    expect(zone.getAttribute('part')).to.equal('dropzone');

    let changes = 0;
    el.addEventListener('sm-attachments-change', () => changes++);
    const event = await drop(el, png('photo.png'), pdf());
    expect(event.defaultPrevented).to.equal(true);
    expect(zone.getAttribute('part')).to.equal('dropzone');
    expect(names(el)).to.deep.equal(['photo.png', 'scan.pdf']);
    expect(changes).to.equal(1);
  });

  it('rejects a wrong type and an oversized file by name and rule, and keeps the rest', async () => {
    const el = await fixture<SmAttachments>(html`<sm-attachments locale="en"></sm-attachments>`);
    await pick(el, png());
    await pick(el, sized('rash.heic', '', 2 * MB), sized('big scan.pdf', 'application/pdf', 7 * MB), text());
    expect(names(el)).to.deep.equal(['rash.png', 'notes.txt']);
    expect(errors(el)).to.deep.equal([
      '“rash.heic” was not added: only photos, PDF files, and text files can be attached.',
      '“big scan.pdf” was not added: files can be at most 6 MB.',
    ]);
    expect(el.rejections).to.deep.equal([
      { name: 'rash.heic', rule: 'type' },
      { name: 'big scan.pdf', rule: 'size' },
    ]);
    expect(input(el).getAttribute('aria-describedby')).to.equal('hint errors');
    expect(shadow(el, '#errors').closest('[role="status"]')).to.not.equal(null);
    await expectAccessible(el);
  });

  it('rejects files past the count and the total, and empty or repeated files', async () => {
    const el = await fixture<SmAttachments>(html`<sm-attachments locale="en" max-files="3"></sm-attachments>`);
    await pick(el, sized('a.pdf', 'application/pdf', 5 * MB), sized('b.pdf', 'application/pdf', 4 * MB));
    await pick(el, sized('c.pdf', 'application/pdf', 2 * MB), new File([], 'empty.txt', { type: 'text/plain' }), sized('a.pdf', 'application/pdf', 5 * MB), text(), png());
    expect(names(el)).to.deep.equal(['a.pdf', 'b.pdf', 'notes.txt']);
    expect(errors(el)).to.deep.equal([
      '“c.pdf” was not added: all files together can be at most 10 MB.',
      '“empty.txt” was not added: the file is empty.',
      '“a.pdf” was not added: it is already attached.',
      '“rash.png” was not added: you can attach at most 3 files.',
    ]);
  });

  it('shows names as text, without markup or bidi tricks', async () => {
    const el = await fixture<SmAttachments>(html`<sm-attachments locale="en"></sm-attachments>`);
    await pick(el, new File(['x'], '<img src=x onerror=alert(1)>.txt', { type: 'text/plain' }), new File(['x'], 'photo\u202Egpj.exe', { type: 'application/x-msdownload' }));
    expect(names(el)).to.deep.equal(['<img src=x onerror=alert(1)>.txt']);
    expect(shadowAll(el, 'li img')).to.have.length(0);
    expect(errors(el)).to.deep.equal(['“photogpj.exe” was not added: only photos, PDF files, and text files can be attached.']);
  });

  it('removes a file with the keyboard and moves focus to the next Remove button, then the picker', async () => {
    const el = await fixture<SmAttachments>(html`<sm-attachments locale="en"></sm-attachments>`);
    await pick(el, png(), pdf(), text());
    const [first] = shadowAll<HTMLButtonElement>(el, '[part="remove-button"]');
    const revoked: string[] = [];
    const originalRevoke = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      originalRevoke.call(URL, url);
    };
    try {
      const thumbnail = shadow<HTMLImageElement>(el, '[part="thumbnail"]').src;
      first!.focus();
      let detail: SmAttachmentsChangeDetail | undefined;
      el.addEventListener('sm-attachments-change', (event) => (detail = event.detail));
      await press('Enter');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['scan.pdf', 'notes.txt']);
      expect(detail).to.deep.equal({ count: 2 });
      expect(revoked).to.deep.equal([thumbnail], 'the thumbnail URL is revoked');
      expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Remove scan.pdf');
      expect(shadow(el, '.sr-only[role="status"]').textContent).to.equal('rash.png removed.');

      shadowAll<HTMLButtonElement>(el, '[part="remove-button"]')[1]!.focus();
      await press('Space');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['scan.pdf']);
      expect(deepActiveElement()).to.equal(input(el), 'the last row removed: no next button, so the picker');
      shadow<HTMLButtonElement>(el, '[part="remove-button"]').focus();
      await press('Enter');
      await el.updateComplete;
      expect(names(el)).to.deep.equal([]);
      expect(deepActiveElement()).to.equal(input(el), 'nothing left: the picker');
      expect(detail).to.deep.equal({ count: 0 });
      await expectAccessible(el);
    } finally {
      URL.revokeObjectURL = originalRevoke;
    }
  });

  it('revokes thumbnails when removed from the page, and makes them again when back', async () => {
    const wrapper = await fixture(html`<div><sm-attachments locale="en"></sm-attachments></div>`);
    const el = wrapper.querySelector<SmAttachments>('sm-attachments')!;
    await pick(el, png());
    const url = shadow<HTMLImageElement>(el, '[part="thumbnail"]').src;
    el.remove();
    const failed = await fetch(url).then(
      () => false,
      () => true,
    );
    expect(failed, 'the blob URL no longer resolves').to.equal(true);
    wrapper.append(el);
    await el.updateComplete;
    const again = shadow<HTMLImageElement>(el, '[part="thumbnail"]').src;
    expect(again).to.match(/^blob:/).and.not.equal(url);
  });

  it('fires no event when files are set by script, or when nothing was added', async () => {
    const el = await fixture<SmAttachments>(html`<sm-attachments locale="en"></sm-attachments>`);
    let changes = 0;
    el.addEventListener('sm-attachments-change', () => changes++);
    el.files = [pdf()];
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['scan.pdf']);
    await pick(el, sized('huge.pdf', 'application/pdf', 50 * MB));
    expect(changes).to.equal(0);
    expect(errors(el)).to.have.length(1);
  });

  it('takes nothing while disabled', async () => {
    const el = await fixture<SmAttachments>(html`<sm-attachments locale="en" disabled></sm-attachments>`);
    expect(input(el).disabled).to.equal(true);
    const over = dragEvent('dragover', [png()]);
    shadow(el, '[part~="dropzone"]').dispatchEvent(over);
    expect(over.defaultPrevented, 'the drop is refused, not left to the browser').to.equal(true);
    expect(over.dataTransfer?.dropEffect).to.equal('none');
    await drop(el, png());
    expect(el.files).to.deep.equal([]);
  });

  it('speaks Spanish', async () => {
    const el = await fixture<SmAttachments>(html`<sm-attachments locale="es" max-files="1"></sm-attachments>`);
    expect(input(el).labels?.[0]?.textContent?.trim()).to.equal('Agregar archivos');
    expect(shadow(el, '#hint').textContent).to.equal('Hasta 1 archivo de 6 MB: fotos, archivos PDF y archivos de texto.');
    await pick(el, sized('rash.jpg', 'image/jpeg', 1.25 * MB), pdf(), sized('rash.heic', '', 10), sized('escaneo.pdf', 'application/pdf', 7 * MB));
    expect(shadow(el, '[part="size"]').textContent).to.equal('1,3 MB');
    expect(shadow(el, '[part="remove-button"]').getAttribute('aria-label')).to.equal('Quitar rash.jpg');
    expect(shadow(el, '[part="remove-button"]').textContent?.trim()).to.equal('Quitar');
    expect(errors(el)).to.deep.equal([
      '“scan.pdf” no se agregó: puede adjuntar como máximo 1 archivo.',
      '“rash.heic” no se agregó: solo se pueden adjuntar fotos, archivos PDF y archivos de texto.',
      '“escaneo.pdf” no se agregó: cada archivo puede ocupar como máximo 6 MB.',
    ]);
    expect(shadow(el, '.sr-only[role="status"]').textContent).to.equal('Se agregó 1 archivo.');
    await expectAccessible(el);
  });

  it('reflows at 320 px with long names, every target at least 44 px high', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<SmAttachments>(html`<sm-attachments locale="es"></sm-attachments>`);
      await pick(el, png('resultados-del-laboratorio-de-marzo-de-dos-mil-veintiseis-completos.png'), sized('x'.repeat(80) + '.heic', '', 5));
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const target of [shadow(el, '[part="picker-button"]'), ...shadowAll(el, '[part="remove-button"]')]) {
        expect(target.getBoundingClientRect().height).to.be.at.least(44);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('names custom kinds and limits', async () => {
    const el = await fixture<SmAttachments>(html`<sm-attachments locale="en" accept=".pdf,.docx" max-file-size="1048576" max-total-size="2097152"></sm-attachments>`);
    expect(shadow(el, '#hint').textContent).to.equal('Up to 4 files, 1 MB each and 2 MB in all: PDF files and .docx.');
    await pick(el, png());
    expect(errors(el)).to.deep.equal(['“rash.png” was not added: only PDF files and .docx can be attached.']);
  });
});
