// Only the components the comparison page uses. Material Web needs no global CSS.
import '@material/web/select/outlined-select.js';
import '@material/web/select/select-option.js';
import '@material/web/textfield/outlined-text-field.js';
import '@material/web/dialog/dialog.js';
import '@material/web/button/filled-button.js';
