import { css } from 'lit';

export const charBudgetStyles = css`
  :host {
    display: block;
    font-size: 0.9375rem;
  }
  [part='counter'] {
    color: var(--_muted);
  }
  .warning [part='counter'] {
    color: var(--_warning);
    font-weight: 600;
  }
  [part='error'] {
    color: var(--_danger);
    font-weight: 600;
    display: flex;
    gap: 0.375rem;
    align-items: baseline;
  }
  [part='error']::before {
    content: '!';
    display: inline-grid;
    place-items: center;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border-radius: 50%;
    background: var(--_danger);
    color: var(--sm-color-on-danger, #ffffff);
    font-size: 0.875rem;
    flex: none;
  }
  @media (forced-colors: active) {
    [part='error']::before {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
