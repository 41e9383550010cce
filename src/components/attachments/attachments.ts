import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  acceptTokens,
  checkAttachments,
  DEFAULT_ATTACHMENT_LIMITS,
  displayFileName,
  formatFileSize,
  resolveLimits,
  type AttachmentLimits,
  type AttachmentRejection,
} from '../../core/attachments.js';
import { emit } from '../../events.js';
import { fill, formatList, plural } from '../../i18n/index.js';
import { SmElement } from '../shared/sm-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { attachmentsStyles } from './attachments.styles.js';

/** Image types every current browser can draw in an `<img>`; others get a text row. */
const PREVIEWABLE = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp']);

/**
 * @tag sm-attachments
 * @summary Photos and documents for the care team: a file picker (a real
 * `<input type="file" multiple>` styled as a button) and a drop area. Every file is checked
 * before it is added (type, size, number of files, total size, empty, already attached);
 * a file that is not added gets a message naming it and the rule, and the others stay.
 *
 * Images show a thumbnail; every file shows its name, its size and a Remove button. The
 * element never reads the files' contents and never sends them anywhere: the host reads
 * `files` when the message is sent. File names are shown as text only.
 *
 * Thumbnails are `blob:` URLs: under a Content Security Policy, allow `img-src blob:`.
 *
 * @event {CustomEvent<SmAttachmentsChangeDetail>} sm-attachments-change - The patient added or removed files; read them from `files`. Not fired for changes made by script.
 *
 * @csspart base - The wrapper, and the area that takes dropped files.
 * @csspart label - The "Photos and documents" label of the group.
 * @csspart dropzone - The dashed area with the picker and the hints (also `dropzone-active` while files are dragged over it).
 * @csspart input - The native file input, laid invisibly over the picker button.
 * @csspart picker-button - The visible "Add files" button (the input's label).
 * @csspart drop-hint - "or drag them here".
 * @csspart hint - The allowed kinds and limits.
 * @csspart errors - The list of files not added.
 * @csspart error - One file not added, with the reason.
 * @csspart list - The list of attached files.
 * @csspart item - One attached file.
 * @csspart thumbnail - An image's thumbnail.
 * @csspart name - A file's name.
 * @csspart size - A file's size.
 * @csspart remove-button - A file's Remove button.
 *
 * @cssproperty --sm-color-accent - Buttons and the drop area while files are dragged over it.
 * @cssproperty --sm-color-border - The drop area's dashed border and the rows' borders.
 * @cssproperty --sm-color-subtle - The drop area's background while files are dragged over it.
 * @cssproperty --sm-color-muted - Hints and file sizes.
 * @cssproperty --sm-color-danger - The messages about files not added.
 * @cssproperty --sm-color-focus - The focus ring.
 * @cssproperty --sm-radius - Corner radius.
 */
export class SmAttachments extends SmElement {
  static override styles = [baseStyles, fieldStyles, attachmentsStyles];
  static override properties = {
    files: { attribute: false },
    maxFiles: { type: Number, attribute: 'max-files' },
    maxFileSize: { type: Number, attribute: 'max-file-size' },
    maxTotalSize: { type: Number, attribute: 'max-total-size' },
    accept: {},
    disabled: { type: Boolean, reflect: true },
    rejected: { state: true },
    dragging: { state: true },
    announcement: { state: true },
  };

  /** The accepted files, in the order they were added. Setting it shows those files, with no event. */
  declare files: File[];
  /** The most files in all. */
  declare maxFiles: number;
  /** The most bytes in one file (default 6 MB). */
  declare maxFileSize: number;
  /** The most bytes in all files together (default 10 MB). */
  declare maxTotalSize: number;
  /** The types allowed, as in `<input accept>`: MIME types, `type/*` wildcards and `.ext` endings. */
  declare accept: string;
  /** Makes the picker and the Remove buttons unavailable (e.g. while sending). */
  declare disabled: boolean;
  declare protected rejected: AttachmentRejection[];
  declare protected dragging: boolean;
  declare protected announcement: string;

  /** Re-key the live regions, so that a message repeated word for word is spoken again. */
  private addAttempts = 0;
  private announcements = 0;
  private dragDepth = 0;
  private readonly thumbnails = new Map<File, string>();

  constructor() {
    super();
    this.files = [];
    this.maxFiles = DEFAULT_ATTACHMENT_LIMITS.maxFiles;
    this.maxFileSize = DEFAULT_ATTACHMENT_LIMITS.maxFileSize;
    this.maxTotalSize = DEFAULT_ATTACHMENT_LIMITS.maxTotalSize;
    this.accept = DEFAULT_ATTACHMENT_LIMITS.accept;
    this.disabled = false;
    this.rejected = [];
    this.dragging = false;
    this.announcement = '';
  }

  /** The limits in force, with defaults in place of invalid values. */
  get limits(): AttachmentLimits {
    return resolveLimits({ maxFiles: this.maxFiles, maxFileSize: this.maxFileSize, maxTotalSize: this.maxTotalSize, accept: this.accept });
  }

  /** The files the patient last tried to add that were not added, with the rule each broke. */
  get rejections(): readonly AttachmentRejection[] {
    return this.rejected;
  }

  /** Moves focus to the file picker. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** Forgets the messages about files not added (for example when the form is reset). */
  clearMessages(): void {
    this.rejected = [];
    this.announcement = '';
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Thumbnails are revoked on disconnect; make them again when the element comes back.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const url of this.thumbnails.values()) URL.revokeObjectURL(url);
    this.thumbnails.clear();
    this.dragDepth = 0;
    this.dragging = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('files') && !Array.isArray(this.files)) this.files = [];
    if (this.isConnected) this.syncThumbnails();
  }

  private syncThumbnails(): void {
    const shown = new Set(this.files);
    for (const [file, url] of this.thumbnails) {
      if (!shown.has(file)) {
        URL.revokeObjectURL(url);
        this.thumbnails.delete(file);
      }
    }
    for (const file of this.files) {
      if (!this.thumbnails.has(file) && isPreviewable(file)) this.thumbnails.set(file, URL.createObjectURL(file));
    }
  }

  private addFiles(list: FileList | null | undefined): void {
    const candidates = [...(list ?? [])];
    if (this.disabled || candidates.length === 0) return;
    const { accepted, rejected } = checkAttachments(candidates, this.files, this.limits);
    this.addAttempts++;
    this.announcements++;
    this.rejected = rejected;
    this.announcement = accepted.length ? plural(this.t.attachmentsAdded, accepted.length, this.resolvedLocale) : '';
    if (accepted.length === 0) return;
    this.files = [...this.files, ...accepted];
    emit(this, 'sm-attachments-change', { count: this.files.length });
  }

  private async removeFile(file: File): Promise<void> {
    const index = this.files.indexOf(file);
    if (this.disabled || index < 0) return;
    this.files = this.files.filter((other) => other !== file);
    this.announcements++;
    this.announcement = fill(this.t.attachmentsRemoved, { name: displayFileName(file.name) });
    emit(this, 'sm-attachments-change', { count: this.files.length });
    await this.updateComplete;
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="remove-button"]');
    (buttons[index] ?? this.input)?.focus();
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.addFiles(input.files);
    // Lets the patient pick the same file again after removing it.
    input.value = '';
  }

  private onDragEnter(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    this.dragDepth++;
    this.dragging = !this.disabled;
  }

  private onDragOver(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    // Taking the drag over the whole element keeps a near miss from opening the file in
    // the tab (and losing the message); when disabled the drop is refused.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.disabled ? 'none' : 'copy';
  }

  private onDragLeave(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    this.dragDepth = Math.max(0, this.dragDepth - 1);
    if (this.dragDepth === 0) this.dragging = false;
  }

  private onDrop(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    this.dragDepth = 0;
    this.dragging = false;
    this.addFiles(event.dataTransfer?.files);
  }

  /** The allowed kinds in words: "photos, PDF files, and text files". */
  private kinds(): string {
    const t = this.t;
    const words: Record<string, string> = {
      'image/*': t.attachmentsKindImages,
      'application/pdf': t.attachmentsKindPdf,
      '.pdf': t.attachmentsKindPdf,
      'text/plain': t.attachmentsKindText,
      '.txt': t.attachmentsKindText,
    };
    const tokens = acceptTokens(this.limits.accept);
    if (tokens.length === 0 || tokens.some((token) => token === '*/*' || token === '*')) return t.attachmentsKindAny;
    return formatList([...new Set(tokens.map((token) => words[token] ?? token))], this.resolvedLocale);
  }

  private describeRejection(rejection: AttachmentRejection): string {
    const t = this.t;
    const locale = this.resolvedLocale;
    const limits = this.limits;
    const values = {
      name: displayFileName(rejection.name),
      kinds: this.kinds(),
      size: formatFileSize(limits.maxFileSize, locale),
      total: formatFileSize(limits.maxTotalSize, locale),
    };
    switch (rejection.rule) {
      case 'type':
        return fill(t.attachmentsRejectedType, values);
      case 'size':
        return fill(t.attachmentsRejectedSize, values);
      case 'total':
        return fill(t.attachmentsRejectedTotal, values);
      case 'count':
        return fill(plural(t.attachmentsRejectedCount, limits.maxFiles, locale), values);
      case 'empty':
        return fill(t.attachmentsRejectedEmpty, values);
      case 'duplicate':
        return fill(t.attachmentsRejectedDuplicate, values);
    }
  }

  private renderFile(file: File) {
    const t = this.t;
    const name = displayFileName(file.name);
    const thumbnail = this.thumbnails.get(file);
    return html`<li part="item" class=${thumbnail ? 'with-thumbnail' : ''}>
      ${thumbnail ? html`<img part="thumbnail" src=${thumbnail} alt=${name} width="48" height="48" />` : nothing}
      <span class="details">
        <span part="name">${name}</span>
        <span part="size">${formatFileSize(file.size, this.resolvedLocale)}</span>
      </span>
      <button
        type="button"
        part="remove-button"
        aria-label=${fill(t.attachmentsRemoveLabel, { name })}
        ?disabled=${this.disabled}
        @click=${() => void this.removeFile(file)}
      >
        ${t.attachmentsRemoveButton}
      </button>
    </li>`;
  }

  private renderErrors() {
    return html`<ul part="errors" id="errors">
      ${this.rejected.map((rejection) => html`<li part="error" class="error">${this.describeRejection(rejection)}</li>`)}
    </ul>`;
  }

  protected override render() {
    const t = this.t;
    const locale = this.resolvedLocale;
    const limits = this.limits;
    const hint = fill(plural(t.attachmentsHint, limits.maxFiles, locale), {
      kinds: this.kinds(),
      size: formatFileSize(limits.maxFileSize, locale),
      total: formatFileSize(limits.maxTotalSize, locale),
    });
    const hasErrors = this.rejected.length > 0;
    return html`<div
      part="base"
      role="group"
      aria-labelledby="label"
      @dragenter=${this.onDragEnter}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
    >
      <div part="label" class="label" id="label">${t.attachmentsLabel}</div>
      <div part="dropzone${this.dragging ? ' dropzone-active' : ''}" class=${this.dragging ? 'dragging' : ''}>
        <span class="picker">
          <input
            part="input"
            id="picker"
            type="file"
            multiple
            accept=${limits.accept || nothing}
            ?disabled=${this.disabled}
            aria-describedby=${hasErrors ? 'hint errors' : 'hint'}
            @change=${this.onChange}
          />
          <label part="picker-button" class="button" for="picker">${t.attachmentsAddButton}</label>
        </span>
        <span part="drop-hint" class="drop-hint">${this.dragging ? t.attachmentsDropActive : t.attachmentsDropHint}</span>
        <span part="hint" class="hint" id="hint">${hint}</span>
      </div>
      <!-- No white space inside: empty, it takes no room. -->
      <div role="status" class="messages">${keyed(this.addAttempts, hasErrors ? this.renderErrors() : nothing)}</div>
      ${this.files.length
        ? html`<span class="sr-only" id="list-label">${t.attachmentsListLabel}</span>
            <ul part="list" aria-labelledby="list-label">
              ${repeat(
                this.files,
                (file) => file,
                (file) => this.renderFile(file),
              )}
            </ul>`
        : nothing}
      <span class="sr-only" role="status">${keyed(this.announcements, html`<span>${this.announcement}</span>`)}</span>
    </div>`;
  }
}

function isPreviewable(file: File): boolean {
  return file instanceof Blob && PREVIEWABLE.has(file.type.toLowerCase());
}

function carriesFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}
