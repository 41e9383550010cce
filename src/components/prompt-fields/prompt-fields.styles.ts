import { css } from 'lit';

export const promptFieldsStyles = css`
  :host {
    display: block;
  }
  [part='fields'] {
    display: grid;
    gap: var(--_space);
  }
  input[type='number'] {
    max-inline-size: 10rem;
  }
  input[type='date'] {
    max-inline-size: 14rem;
  }
`;
