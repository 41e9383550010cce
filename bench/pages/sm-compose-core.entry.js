// The core functions the bench times in the page (`assessUrgency`, `countCharacters`), from
// the npm package's DOM-free entry. Not part of any page's first render.
export { assessUrgency, countCharacters } from '../../dist/core.js';
