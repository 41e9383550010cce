import { css } from 'lit';

/** Dark defaults, for `theme="dark"`, or `theme="auto"` when the device prefers dark. */
const darkTokens = css`
  --sm-color-accent: #8ab4f8;
  --sm-color-on-accent: #0b1a2e;
  --sm-color-text: #e8eaed;
  --sm-color-muted: #bdc1c6;
  --sm-color-surface: #1f2125;
  --sm-color-subtle: #2b2e33;
  --sm-color-border: #9aa0a6;
  --sm-color-frame: #3c4043;
  --sm-color-danger: #f28b82;
  --sm-color-danger-surface: #3b1f1d;
  --sm-color-on-danger: #1f2125;
  --sm-color-warning: #fdd663;
  --sm-color-success: #81c995;
  --sm-color-focus: #fbbc04;
`;

/**
 * Design tokens with their defaults, and the rules every part shares. Hosts theme through
 * the `--sm-*` custom properties; nothing here leaks out of the shadow roots.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--sm-color-accent, #0b5cad);
    --_accent-text: var(--sm-color-on-accent, #ffffff);
    --_text: var(--sm-color-text, #1b1b1b);
    --_muted: var(--sm-color-muted, #4a4a4a);
    --_surface: var(--sm-color-surface, #ffffff);
    --_subtle: var(--sm-color-subtle, #f3f5f8);
    --_border: var(--sm-color-border, #6b7280);
    --_danger: var(--sm-color-danger, #b3261e);
    --_danger-surface: var(--sm-color-danger-surface, #fdecea);
    --_warning: var(--sm-color-warning, #7a4d00);
    --_success: var(--sm-color-success, #1e6b34);
    --_focus: var(--sm-color-focus, #b45309);
    --_radius: var(--sm-radius, 6px);
    --_space: var(--sm-space, 1rem);
    --_font: var(--sm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-family: var(--_font);
    font-size: var(--sm-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    box-sizing: border-box;
  }
  :host([theme='dark']) {
    ${darkTokens}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  .button {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
  }
  button.primary,
  .button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button.danger,
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--sm-color-on-danger, #ffffff);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
