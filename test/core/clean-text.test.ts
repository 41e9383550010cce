import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanAnswer, cleanText } from '../../src/core/clean-text.js';
import { missingRequired } from '../../src/core/completeness.js';
import { describeAttachments } from '../../src/core/attachments.js';
import type { ResolvedPrompt } from '../../src/core/resolve-catalog.js';

describe('cleaning patient text (issue 15, items 6 and 10)', () => {
  it('removes bidirectional overrides, embeddings, isolates and marks, so the review reads as the payload', () => {
    assert.equal(cleanAnswer('1\u202E05 gm\u202C daily'), '105 gm daily');
    assert.equal(cleanText('a\u2066b\u2069c\u200Fd\u200Ee\u061Cf\u202Ag\u202Bh\u202Di'), 'abcdefghi');
  });

  it('keeps what text needs: right-to-left letters, zero-width joiners in emoji and scripts, accents', () => {
    assert.equal(cleanText('שלום مرحبا'), 'שלום مرحبا');
    assert.equal(cleanText('👨\u200D👩\u200D👧'), '👨\u200D👩\u200D👧');
    assert.equal(cleanText('می\u200Cخواهم'), 'می\u200Cخواهم');
    assert.equal(cleanText('cafe\u0301'), 'café');
  });

  it('does not count an answer made only of invisible formatting characters as answered', () => {
    const prompt = { id: 'dose', required: true } as ResolvedPrompt;
    assert.deepEqual(missingRequired([prompt], { dose: '\u202E\u2066\u200F' }).map((p) => p.id), ['dose']);
    assert.deepEqual(missingRequired([prompt], { dose: ' 10 mg ' }), []);
  });

  it('takes plain ASCII as it is, and still cleans the characters just outside it', () => {
    const plain = 'Refill please.\n\tDose: 10 mg ~ twice a day {asap}';
    assert.equal(cleanText(plain), plain);
    assert.equal(cleanText('a\r\nb\rc\u007Fd\u0000e'), 'a\nb\ncde');
    assert.equal(cleanText('x\u00A0y'), 'x\u00A0y');
    assert.equal(cleanText('\uD800 alone'), '\uFFFD alone');
  });

  it('cleans attachment names in the payload as they are shown: no NUL, BEL or bidi overrides', () => {
    const [file] = describeAttachments([{ name: 'scan\u0000\u0007\u202Egpj.pdf', type: 'application/pdf', size: 10 }]);
    assert.equal(file?.name, 'scangpj.pdf');
  });
});
