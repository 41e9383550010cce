import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assembleBody, suggestSubject, truncate } from '../../src/core/message-body.js';
import { cleanText } from '../../src/core/clean-text.js';

describe('assembleBody', () => {
  it('writes one labelled line per answer, then the message', () => {
    const body = assembleBody(
      [
        { id: 'medication', label: 'Medicine name', value: 'Lisinopril' },
        { id: 'dose', label: 'Dose or strength', value: ' 10 mg ' },
        { id: 'days-left', label: 'Days of medicine left', value: '' },
      ],
      'Thank you!',
      'Message',
    );
    assert.equal(body, 'Medicine name: Lisinopril\nDose or strength: 10 mg\n\nMessage:\nThank you!');
  });

  it('keeps a label ending in a question mark as it is, and puts multi-line answers under it', () => {
    const body = assembleBody([{ id: 'concern', label: 'What is going on?', value: 'Tired\nfor two weeks' }], '', 'Message');
    assert.equal(body, 'What is going on?\nTired\nfor two weeks');
  });

  it('is only the message when there are no answers', () => {
    assert.equal(assembleBody([], '  Hello  ', 'Mensaje'), 'Mensaje:\nHello');
    assert.equal(assembleBody([], '   ', 'Message'), '');
  });

  it('removes control characters and normalises to NFC', () => {
    const body = assembleBody([{ id: 'a', label: 'Name', value: 'Jose\u0301\u0007' }], 'a\u0000b\r\nc\td', 'Message');
    assert.equal(body, 'Name: José\n\nMessage:\nab\nc\td');
    assert.equal(cleanText('x\u200By\uFEFF'), 'xy');
  });
});

describe('suggestSubject', () => {
  it('joins the category and the key answer', () => {
    assert.equal(suggestSubject('Prescription or refill', 'Lisinopril'), 'Prescription or refill: Lisinopril');
    assert.equal(suggestSubject('Appointments', '  '), 'Appointments');
  });

  it('stays within 100 characters and never splits an emoji', () => {
    const subject = suggestSubject('Test results', '😷'.repeat(200));
    assert.ok(subject.length <= 100);
    assert.ok(!/[\uD800-\uDBFF]…$/.test(subject), 'no lone high surrogate before the ellipsis');
    assert.ok(subject.endsWith('…'));
    assert.equal(truncate('short', 100), 'short');
  });
});
