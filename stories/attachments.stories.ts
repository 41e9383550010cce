import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { SmAttachments } from '../src/index.js';

const meta: Meta = { title: 'Parts/Attachments and dictation' };
export default meta;
type Story = StoryObj;

const MB = 1024 * 1024;
// An 8×8 picture of a red spot on skin, as PNG bytes.
const SPOT_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAGklEQVR4nGO4t6oHK2IgIHEiKgCOaCVBgqsAGfh64SOXmuIAAAAASUVORK5CYII=';

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const photo = (name: string) => new File([bytes(SPOT_PNG)], name, { type: 'image/png' });
const pdf = (name: string, size: number) => new File([new TextEncoder().encode('%PDF-1.4\n'), new Uint8Array(size)], name, { type: 'application/pdf' });

async function attachmentsIn(canvasElement: HTMLElement): Promise<SmAttachments> {
  const el = canvasElement.querySelector<SmAttachments>('sm-attachments')!;
  await el.updateComplete;
  return el;
}

/** Picks files the way the system file dialog does, so the checks and messages run. */
async function pick(el: SmAttachments, files: File[]): Promise<void> {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Nothing attached yet: the "Add files" button, the drop area and the limits. */
export const AttachmentsEmpty: Story = {
  render: () => html`<sm-attachments locale="en"></sm-attachments>`,
};

/** A photo (with its thumbnail) and a PDF (a text row), each with its size and a Remove button. */
export const AttachmentsWithFiles: Story = {
  render: () => html`<sm-attachments locale="en"></sm-attachments>`,
  play: async ({ canvasElement }) => {
    const el = await attachmentsIn(canvasElement);
    el.files = [photo('rash-on-arm.png'), pdf('lab-results-march.pdf', 1.2 * MB)];
    await el.updateComplete;
  },
};

/** Files that break the rules are named with the reason; the photo that fits is kept. */
export const AttachmentsWithRejections: Story = {
  render: () => html`<sm-attachments locale="en"></sm-attachments>`,
  play: async ({ canvasElement }) => {
    const el = await attachmentsIn(canvasElement);
    await pick(el, [photo('rash.png'), new File([bytes(SPOT_PNG)], 'rash.heic', { type: '' }), pdf('full-scan.pdf', 7 * MB)]);
  },
};

/** While files are dragged over the element. */
export const AttachmentsDragOver: Story = {
  render: () => html`<sm-attachments locale="en"></sm-attachments>`,
  play: async ({ canvasElement }) => {
    const el = await attachmentsIn(canvasElement);
    const transfer = new DataTransfer();
    transfer.items.add(photo('rash.png'));
    el.shadowRoot!.querySelector('[part~="dropzone"]')!.dispatchEvent(new DragEvent('dragenter', { bubbles: true, composed: true, cancelable: true, dataTransfer: transfer }));
    await el.updateComplete;
  },
};

export const AttachmentsSpanish: Story = {
  render: () => html`<sm-attachments locale="es" max-files="2"></sm-attachments>`,
  play: async ({ canvasElement }) => {
    const el = await attachmentsIn(canvasElement);
    await pick(el, [photo('sarpullido.png'), pdf('resultados.pdf', 850 * 1024), pdf('receta.pdf', 20 * 1024)]);
  },
};

/**
 * A stand-in for the browser's speech recognition, so the button shows in any browser: it
 * "hears" a sentence 1.5 s after Dictate is pressed and keeps listening until pressed again.
 */
class SimulatedRecognition {
  lang = 'en-US';
  continuous = false;
  interimResults = false;
  maxAlternatives = 1;
  onresult: ((event: { resultIndex: number; results: Array<Array<{ transcript: string }> & { isFinal: boolean }> }) => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onend: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  start(): void {
    const transcript = this.lang.startsWith('es') ? 'Tengo un sarpullido en el brazo desde el lunes.' : 'I have had a rash on my arm since Monday.';
    this.timer = setTimeout(() => this.onresult?.({ resultIndex: 0, results: [Object.assign([{ transcript }], { isFinal: true })] }), 1500);
  }
  stop(): void {
    clearTimeout(this.timer);
    setTimeout(() => this.onend?.(), 0);
  }
  abort(): void {
    clearTimeout(this.timer);
  }
}

function simulateSpeechRecognition(): void {
  const scope = window as unknown as { SpeechRecognition?: unknown };
  scope.SpeechRecognition = SimulatedRecognition;
}

/**
 * The Dictate button with a textarea and its budget, using the browser's own speech
 * recognition: where the browser has none (Firefox, for example) the button is not there.
 */
export const Dictation: Story = {
  render: () => html`<div style="display:grid;gap:.5rem;max-width:30rem;font-family:system-ui">
    <label for="dictated">Message</label>
    <textarea id="dictated" rows="4" aria-describedby="dictated-budget"></textarea>
    <sm-char-budget id="dictated-budget" for="dictated" max="500" locale="en"></sm-char-budget>
    <sm-dictation-button for="dictated" locale="en"></sm-dictation-button>
  </div>`,
};

/**
 * The Dictate button as patients with speech recognition see it, in any browser: this
 * story replaces the page's speech recognition with a simulation (press Dictate, wait a
 * moment, and a sentence is added to the message).
 */
export const DictationSimulated: Story = {
  render: () => {
    simulateSpeechRecognition();
    return html`<div style="display:grid;gap:.5rem;max-width:30rem;font-family:system-ui">
      <label for="simulated">Message</label>
      <textarea id="simulated" rows="4" aria-describedby="simulated-budget">My arm itches.</textarea>
      <sm-char-budget id="simulated-budget" for="simulated" max="500" locale="en"></sm-char-budget>
      <sm-dictation-button for="simulated" locale="en"></sm-dictation-button>
    </div>`;
  },
};

/** Listening, in Spanish (simulated recognition). */
export const DictationListeningSpanish: Story = {
  render: () => {
    simulateSpeechRecognition();
    return html`<div lang="es" style="display:grid;gap:.5rem;max-width:30rem;font-family:system-ui">
      <label for="dictado">Mensaje</label>
      <textarea id="dictado" rows="4"></textarea>
      <sm-dictation-button for="dictado"></sm-dictation-button>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector('sm-dictation-button')!;
    await button.updateComplete;
    button.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]')?.click();
    await button.updateComplete;
  },
};
