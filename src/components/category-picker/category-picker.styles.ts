import { css } from 'lit';

export const categoryPickerStyles = css`
  :host {
    display: block;
  }
  /* The question, the help button and its live region share the first line, wrapping on a
     narrow screen; the choices start on a line of their own. The legend stays the fieldset's
     first child (it names the group); floated, it is laid out as a flex item. */
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  legend {
    float: inline-start;
    font-weight: 700;
    font-size: 1.125rem;
    padding: 0;
  }
  [part='help-button'] {
    min-block-size: 32px;
    padding-inline: 0.625rem;
    font-size: 0.9375rem;
    border-width: 1px;
  }
  [part='help'] {
    position: fixed;
    inset-block-start: 0;
    z-index: 10;
    max-inline-size: min(22rem, calc(100vw - 16px));
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  }
  [part='options'] {
    display: grid;
    gap: 0.5rem;
    flex-basis: 100%;
    margin-block-start: 0.25rem;
  }
  [part~='option'] {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75rem;
    align-items: start;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    position: relative;
  }
  [part~='option-selected'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_subtle);
  }
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    /* Above the label's cover: a click on the radio lands on the radio itself (and an
       automated click's hit test finds it). */
    position: relative;
    z-index: 1;
  }
  .label {
    font-weight: 600;
    cursor: pointer;
  }
  /* The label covers the card: a click or tap anywhere on it chooses, as when the card was the label. */
  .label::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .description {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  /* Once a category is chosen, the others shrink to their names (still a tap away): on a phone
     the writing step comes a screen sooner. */
  :host([value]:not([value=''])) [part='option'] {
    padding-block: 0.5rem;
  }
  :host([value]:not([value=''])) [part='option'] .description {
    display: none;
  }
  @media (forced-colors: active) {
    [part~='option-selected'] {
      outline: 2px solid Highlight;
    }
    [part='help'] {
      border: 1px solid CanvasText;
    }
  }
`;
