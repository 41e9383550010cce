// Only the components the comparison page uses, from the custom-elements build (Stencil's
// dist/components: one defineCustomElement per tag, dependencies defined with it).
import { defineCustomElement as defineSelect } from '@department-of-veterans-affairs/web-components/dist/components/va-select.js';
import { defineCustomElement as defineTextarea } from '@department-of-veterans-affairs/web-components/dist/components/va-textarea.js';
import { defineCustomElement as defineModal } from '@department-of-veterans-affairs/web-components/dist/components/va-modal.js';
import { defineCustomElement as defineButton } from '@department-of-veterans-affairs/web-components/dist/components/va-button.js';

defineSelect();
defineTextarea();
defineModal();
defineButton();
