import { css } from 'lit';

/** Labelled form fields, shared by the prompts and the message. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label,
  .label {
    font-weight: 600;
  }
  .mark {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    min-block-size: 6rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-style: dashed;
    }
  }
`;
