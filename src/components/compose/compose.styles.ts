import { css } from 'lit';

export const composeStyles = css`
  :host {
    display: block;
    max-inline-size: var(--sm-max-width, 42rem);
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--sm-color-frame, #d0d5dd);
    border-radius: var(--_radius);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.125rem;
  }
  p {
    margin: 0;
  }
  [part='rules'] {
    background: var(--_subtle);
    border-radius: var(--_radius);
    padding: 0.75rem var(--_space);
  }
  [part='rules'] ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  [part='rules'] strong {
    color: var(--_danger);
  }
  [part='write'] {
    display: grid;
    gap: var(--_space);
  }
  .notice {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75rem;
  }
  [part='error-summary'],
  [part='send-error'],
  [part='config-error'] {
    border: 2px solid var(--_danger);
    background: var(--_danger-surface);
    border-radius: var(--_radius);
    padding: 0.75rem var(--_space);
    display: grid;
    gap: 0.5rem;
  }
  [part='error-summary']:focus,
  [part='send-error']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='error-summary'] ul,
  [part='config-error'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part='error-summary'] a {
    color: var(--_danger);
    font-weight: 600;
  }
  .urgency-notice {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem var(--_space);
    border-radius: var(--_radius);
    border-inline-start: 6px solid var(--_danger);
    background: var(--_danger-surface);
  }
  .urgency-notice.urgent {
    border-inline-start-color: var(--_warning);
    background: var(--_subtle);
  }
  .urgency-notice .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .draft {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  [part='acknowledgement'] {
    margin-block-start: 0.5rem;
    font-weight: 600;
  }
  .regarding {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .regarding legend {
    font-weight: 700;
    font-size: 1.125rem;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .regarding .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  .redirect,
  .examples {
    display: grid;
    gap: 0.5rem;
  }
  .redirect .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .examples ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_muted);
  }
  .reminder {
    color: var(--_muted);
  }
  /* Size containers only where a narrow widget changes the layout, never around the first
     screen: a container around it made the first render about 15 ms slower. */
  [part='review'],
  [part='actions'] {
    container-type: inline-size;
  }
  [part='review'] {
    display: grid;
    gap: 0.75rem;
  }
  [part='review'] dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  [part='review'] dt {
    font-weight: 600;
  }
  [part='review'] dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part='preview'] {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font: inherit;
    margin: 0;
    padding: 0.75rem var(--_space);
    background: var(--_subtle);
    border-radius: var(--_radius);
    max-block-size: 24rem;
    overflow: auto;
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  [part='sent'] {
    display: grid;
    gap: 0.75rem;
    border-inline-start: 4px solid var(--_success);
    padding-inline-start: var(--_space);
  }
  [part='sent'] h2:focus {
    outline: none;
  }
  [part='sent'] h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @container (max-width: 24rem) {
    [part='review'] dl {
      grid-template-columns: 1fr;
    }
    [part='actions'] > * {
      flex: 1 1 100%;
    }
  }
  @media (forced-colors: active) {
    [part='base'] {
      border-color: CanvasText;
    }
  }
`;
