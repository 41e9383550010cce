import { css } from 'lit';

export const urgencyDialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    inline-size: min(32rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    overflow: auto;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.35);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  [part='content'] {
    padding: 1.5rem;
    display: grid;
    gap: 1rem;
  }
  /* Focused by script on open so screen readers read the alert; not in the tab order. */
  [part='content']:focus {
    outline: none;
  }
  h2 {
    margin: 0;
    font-size: 1.375rem;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  [part='actions'] {
    display: grid;
    gap: 0.75rem;
  }
  .action {
    display: grid;
    gap: 0.25rem;
  }
  .button {
    inline-size: 100%;
    font-weight: 700;
  }
  .crisis {
    display: grid;
    gap: 0.5rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  .crisis-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .crisis-links .button {
    inline-size: auto;
    flex: 1 1 10rem;
  }
  [part='continue-button'] {
    inline-size: 100%;
  }
  /* The routine check's red flags: short toggles, each with its action right under it. */
  [part='red-flags'] {
    display: grid;
    gap: 0.5rem;
  }
  h3 {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  [part='red-flags'] ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.375rem;
  }
  .flag {
    inline-size: 100%;
    justify-content: flex-start;
    text-align: start;
    padding-inline: 0.75rem;
    border-width: 1px;
    border-color: var(--_border);
    color: var(--_text);
  }
  .flag[aria-pressed='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
    background: var(--_danger-surface);
    font-weight: 700;
  }
  .box {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 2px solid currentColor;
    border-radius: 3px;
    line-height: 1;
  }
  .flag[aria-pressed='true'] .box::after {
    content: '✓';
    font-weight: 700;
  }
  .flag-action {
    display: grid;
    gap: 0.5rem;
    margin-block: 0.5rem 0.25rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_danger);
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
    .flag-action {
      border-inline-start-color: CanvasText;
    }
  }
`;
