import { LazyModule } from '../../controllers/lazy-module.js';
import { register } from '../shared/register.js';

/** `<sm-dictation-button>`, registered when a field first offers dictation (only with the `dictation` option). */
export const dictationElement = new LazyModule(() =>
  import('./dictation-button.js').then(({ SmDictationButton }) => register({ 'sm-dictation-button': SmDictationButton })),
);
