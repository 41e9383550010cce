import { expect } from '@open-wc/testing';
import { checkCounterAgainstSegmenter } from '../shared/grapheme-edits.js';

// The same property as in Node, in Chromium: its ICU decides grapheme clusters for the patient.
describe('createCharacterCounter in Chromium', () => {
  it('after 10,000 random sequences of edits over every grapheme-break class equals a full Intl.Segmenter count', () => {
    expect(() => checkCounterAgainstSegmenter(10_000)).not.to.throw();
  }).timeout(120_000);
});
