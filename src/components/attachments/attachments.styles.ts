import { css } from 'lit';

export const attachmentsStyles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    position: relative;
  }
  [part~='label'] {
    margin-block-end: 0.25rem;
  }
  [part~='dropzone'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.75rem;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='dropzone'].dragging {
    border-style: solid;
    border-color: var(--_accent);
    background: var(--_subtle);
  }
  .picker {
    position: relative;
    display: inline-flex;
  }
  /* The native input lies invisibly over its label: a click, a tap, Enter or Space on it
     opens the system picker, and it keeps the label's 44px target. */
  .picker input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
    opacity: 0;
    cursor: pointer;
  }
  .picker input:disabled {
    cursor: not-allowed;
  }
  .picker label {
    font-weight: 600;
  }
  .picker input:focus-visible + label {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .picker input:hover + label {
    background: var(--_subtle);
  }
  .picker input:disabled + label {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .drop-hint {
    color: var(--_muted);
  }
  .dragging .drop-hint {
    color: var(--_text);
    font-weight: 600;
  }
  [part~='hint'] {
    flex-basis: 100%;
  }
  /* Always rendered (a live region must exist before it speaks), spaced only when it has something to say. */
  .messages:not(:empty),
  [part~='list'] {
    margin-block-start: 0.5rem;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
  }
  [part~='error'] {
    overflow-wrap: anywhere;
  }
  [part~='item'] {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='thumbnail'] {
    flex: none;
    inline-size: 48px;
    block-size: 48px;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_subtle);
  }
  .details {
    flex: 1;
    min-inline-size: 0;
    display: grid;
  }
  [part~='name'] {
    overflow-wrap: anywhere;
  }
  [part~='size'] {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  [part~='remove-button'] {
    flex: none;
  }
  @media (forced-colors: active) {
    [part~='dropzone'].dragging {
      border-color: Highlight;
    }
    .picker input:focus-visible + label {
      outline-color: Highlight;
    }
  }
`;
