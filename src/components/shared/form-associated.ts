import type { PropertyDeclarations } from 'lit';
import type { FormValueController } from '../../controllers/form-value.js';
import { SmElement } from './sm-element.js';

/**
 * The base of an sm- element that is a form field (Material's `mixinFormAssociated`): its
 * name, its disabled state (its own, or a disabled `<fieldset>` around it) and the validity
 * API of native fields, answered by the element's `FormValueController`.
 */
export abstract class SmFormAssociated extends SmElement {
  static formAssociated = true;
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true },
  };

  /** The form field name: inside a `<form>`, the value is submitted under it (see README). */
  declare name: string | null;
  /** Makes the whole element unavailable. A disabled `<fieldset>` around it does the same. */
  declare disabled: boolean;
  /** A disabled `<fieldset>` around the element. */
  declare protected formDisabled: boolean;
  protected abstract readonly formValue: FormValueController;

  constructor() {
    super();
    this.name = null;
    this.disabled = false;
    this.formDisabled = false;
  }

  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.formValue.internals.form;
  }

  /** The element's validity as a form field. */
  get validity(): ValidityState {
    return this.formValue.internals.validity;
  }

  /** Why the form cannot be submitted yet, in the patient's language. */
  get validationMessage(): string {
    return this.formValue.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.formValue.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.formValue.internals.reportValidity();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Whether the patient can use it now. */
  protected get unavailable(): boolean {
    return this.disabled || this.formDisabled;
  }
}
