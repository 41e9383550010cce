/**
 * The entry of the drop-in bundle (dist/sm-compose.bundle.js): the elements, as
 * `sm-compose/elements`. The parts it loads later (dist/sm-compose/*.js) import this file by
 * its plain URL, so it must be loaded without a query string: with one, the browser would
 * load and run it a second time when the first part loads.
 */
import { warnOnce } from './components/shared/register.js';

export * from './elements.js';

if (new URL(import.meta.url).search !== '') {
  warnOnce('sm-compose: load sm-compose.bundle.js without a query string (for cache busting, put the version in the folder name): the parts in sm-compose/ import it by its plain URL, so it would load twice.');
}
