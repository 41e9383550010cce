import { isServer, noChange } from 'lit';

/**
 * The value of a `.checked` binding on a radio or checkbox. `@lit-labs/ssr` writes a
 * `.checked` binding out as a `checked="…"` attribute, and HTML reads any `checked` attribute,
 * `checked="false"` too, as checked. So on the server the property binding writes nothing
 * (`noChange`) and a `?checked` binding beside it gives the server's HTML the right state; in
 * the browser the property keeps the input in step after the patient has clicked it, which
 * the attribute alone cannot (issue #18).
 *
 *     <input type="radio" ?checked=${on} .checked=${checkedProperty(on)} />
 */
export const checkedProperty = (checked: boolean): boolean | typeof noChange => (isServer ? noChange : checked);
