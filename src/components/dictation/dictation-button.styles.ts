import { css } from 'lit';

export const dictationButtonStyles = css`
  :host {
    display: inline-block;
  }
  /* No speech recognition: nothing is rendered and the element takes no room. */
  :host(:state(unsupported)) {
    display: none;
  }
  [part='base'] {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  [part='button'] {
    font-weight: 600;
  }
  [part='button'][aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  [part='icon'] {
    flex: none;
  }
  [part='listening'] {
    color: var(--_muted);
  }
  [part='listening']::before {
    content: '';
    display: inline-block;
    inline-size: 0.625rem;
    block-size: 0.625rem;
    margin-inline-end: 0.375rem;
    border-radius: 50%;
    background: var(--_danger);
    animation: sm-pulse 1.2s ease-in-out infinite;
  }
  [part='error'] {
    color: var(--_danger);
    font-weight: 600;
  }
  /* The live region is always there (it must exist before it speaks), but empty it takes no room. */
  .status:empty {
    position: absolute;
  }
  .status:not(:empty) {
    flex-basis: 100%;
  }
  @keyframes sm-pulse {
    50% {
      opacity: 0.3;
    }
  }
  @media (forced-colors: active) {
    [part='button'][aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    [part='listening']::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
