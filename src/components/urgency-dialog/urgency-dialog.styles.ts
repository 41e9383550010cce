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
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
  }
`;
