import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attachmentInfoSchema } from '../../src/core/payload-schema.js';
import {
  checkAttachments,
  DEFAULT_ATTACHMENT_LIMITS,
  describeAttachments,
  displayFileName,
  formatFileSize,
  matchesAccept,
  resolveLimits,
  type AttachmentInfo,
} from '../../src/core/attachments.js';

const MB = 1024 * 1024;
const file = (name: string, type: string, size = 1000): AttachmentInfo => ({ name, type, size });
const names = (files: readonly AttachmentInfo[]) => files.map((f) => f.name);

describe('matchesAccept', () => {
  it('matches exact MIME types, ignoring case and parameters', () => {
    assert.equal(matchesAccept(file('a.pdf', 'application/pdf'), 'application/pdf'), true);
    assert.equal(matchesAccept(file('a.txt', 'text/plain;charset=utf-8'), 'TEXT/PLAIN'), true);
    assert.equal(matchesAccept(file('a.html', 'text/html'), 'text/plain'), false);
  });

  it('matches type/* wildcards', () => {
    assert.equal(matchesAccept(file('rash.jpg', 'image/jpeg'), 'image/*'), true);
    assert.equal(matchesAccept(file('rash.png', 'image/png'), 'image/*,application/pdf'), true);
    assert.equal(matchesAccept(file('clip.mp4', 'video/mp4'), 'image/*'), false);
    assert.equal(matchesAccept(file('imagery.bin', 'imagex/foo'), 'image/*'), false, 'the slash is part of the prefix');
  });

  it('matches extensions against the end of the name', () => {
    assert.equal(matchesAccept(file('Scan.PDF', ''), '.pdf'), true);
    assert.equal(matchesAccept(file('scan.pdf.exe', ''), '.pdf'), false);
    assert.equal(matchesAccept(file('notes.txt', ''), 'image/*, .txt'), true);
  });

  it('does not let an unknown type through a MIME token', () => {
    assert.equal(matchesAccept(file('rash.heic', ''), DEFAULT_ATTACHMENT_LIMITS.accept), false);
  });

  it('allows anything when accept is empty or */*', () => {
    assert.equal(matchesAccept(file('a.zip', 'application/zip'), ''), true);
    assert.equal(matchesAccept(file('a.zip', ''), '*/*'), true);
  });
});

describe('checkAttachments', () => {
  it('accepts photos, PDFs and text files within the defaults, in order', () => {
    const candidates = [file('rash.jpg', 'image/jpeg', 2 * MB), file('scan.pdf', 'application/pdf', MB), file('notes.txt', 'text/plain', 20)];
    const result = checkAttachments(candidates);
    assert.deepEqual(names(result.accepted), ['rash.jpg', 'scan.pdf', 'notes.txt']);
    assert.deepEqual(result.rejected, []);
    assert.equal(result.accepted[0], candidates[0], 'returns the same objects, so File objects come back as File');
  });

  it('rejects a type the accept list does not allow', () => {
    const result = checkAttachments([file('rash.heic', ''), file('virus.exe', 'application/x-msdownload')]);
    assert.deepEqual(result.rejected, [
      { name: 'rash.heic', rule: 'type' },
      { name: 'virus.exe', rule: 'type' },
    ]);
  });

  it('rejects empty files', () => {
    assert.deepEqual(checkAttachments([file('blank.txt', 'text/plain', 0)]).rejected, [{ name: 'blank.txt', rule: 'empty' }]);
  });

  it('rejects a file over the size limit, and accepts one exactly at it', () => {
    const result = checkAttachments([file('big.pdf', 'application/pdf', 6 * MB + 1), file('edge.pdf', 'application/pdf', 6 * MB)]);
    assert.deepEqual(result.rejected, [{ name: 'big.pdf', rule: 'size' }]);
    assert.deepEqual(names(result.accepted), ['edge.pdf']);
  });

  it('counts the files already accepted and those accepted earlier in the batch', () => {
    const current = [file('a.jpg', 'image/jpeg'), file('b.jpg', 'image/jpeg'), file('c.jpg', 'image/jpeg')];
    const result = checkAttachments([file('d.jpg', 'image/jpeg'), file('e.jpg', 'image/jpeg'), file('f.jpg', 'image/jpeg')], current);
    assert.deepEqual(names(result.accepted), ['d.jpg']);
    assert.deepEqual(result.rejected, [
      { name: 'e.jpg', rule: 'count' },
      { name: 'f.jpg', rule: 'count' },
    ]);
  });

  it('keeps the total under the limit, and a smaller file after a rejected one still fits', () => {
    const current = [file('a.pdf', 'application/pdf', 5 * MB)];
    const result = checkAttachments([file('b.pdf', 'application/pdf', 4 * MB), file('c.pdf', 'application/pdf', 2 * MB), file('d.pdf', 'application/pdf', MB)], current);
    assert.deepEqual(names(result.accepted), ['b.pdf', 'd.pdf']);
    assert.deepEqual(result.rejected, [{ name: 'c.pdf', rule: 'total' }]);
  });

  it('rejects a file already attached (same name, type and size), also within one batch', () => {
    const current = [file('rash.jpg', 'image/jpeg', 1234)];
    const result = checkAttachments([file('rash.jpg', 'image/jpeg', 1234), file('new.jpg', 'image/jpeg', 9), file('new.jpg', 'image/jpeg', 9), file('rash.jpg', 'image/jpeg', 99)], current);
    assert.deepEqual(names(result.accepted), ['new.jpg', 'rash.jpg']);
    assert.deepEqual(result.rejected, [
      { name: 'rash.jpg', rule: 'duplicate' },
      { name: 'new.jpg', rule: 'duplicate' },
    ]);
  });

  it('reports the first rule broken: type, then empty, size, duplicate, count, total', () => {
    const full = [1, 2, 3, 4].map((n) => file(`${n}.jpg`, 'image/jpeg', n));
    assert.equal(checkAttachments([file('x.exe', '', 0)], full).rejected[0]?.rule, 'type');
    assert.equal(checkAttachments([file('x.jpg', 'image/jpeg', 0)], full).rejected[0]?.rule, 'empty');
    assert.equal(checkAttachments([file('x.jpg', 'image/jpeg', 7 * MB)], full).rejected[0]?.rule, 'size');
    assert.equal(checkAttachments([file('1.jpg', 'image/jpeg', 1)], full).rejected[0]?.rule, 'duplicate');
    assert.equal(checkAttachments([file('x.jpg', 'image/jpeg', 10 * MB)], full.slice(0, 3), { maxFileSize: 20 * MB }).rejected[0]?.rule, 'total');
    assert.equal(checkAttachments([file('x.jpg', 'image/jpeg', 10 * MB)], full, { maxFileSize: 20 * MB }).rejected[0]?.rule, 'count');
  });

  it('takes custom limits and accept lists', () => {
    const result = checkAttachments([file('a.pdf', 'application/pdf', 10), file('b.docx', '', 10), file('c.jpg', 'image/jpeg', 10)], [], {
      maxFiles: 1,
      accept: '.pdf,.docx',
    });
    assert.deepEqual(names(result.accepted), ['a.pdf']);
    assert.deepEqual(result.rejected, [
      { name: 'b.docx', rule: 'count' },
      { name: 'c.jpg', rule: 'type' },
    ]);
  });

  it('falls back to the defaults for missing or invalid limits', () => {
    assert.deepEqual(resolveLimits({ maxFiles: 0, maxFileSize: Number.NaN, maxTotalSize: -5 }), { ...DEFAULT_ATTACHMENT_LIMITS });
    assert.equal(resolveLimits({ maxFiles: 2.7 }).maxFiles, 2);
  });

  it('accepts nothing from an empty batch and leaves the inputs alone', () => {
    const current = [file('a.jpg', 'image/jpeg')];
    const frozen = Object.freeze([...current]);
    assert.deepEqual(checkAttachments([], frozen), { accepted: [], rejected: [] });
    assert.deepEqual(current, [file('a.jpg', 'image/jpeg')]);
  });
});

describe('describeAttachments and attachmentInfoSchema', () => {
  it('keeps only name, type and size, and the result validates', () => {
    const withExtras = { name: 'rash.jpg', type: 'image/jpeg', size: 1234, lastModified: 5, contents: 'secret' };
    const described = describeAttachments([withExtras]);
    assert.deepEqual(described, [{ name: 'rash.jpg', type: 'image/jpeg', size: 1234 }]);
    assert.equal(attachmentInfoSchema.safeParse(described[0]).success, true);
    assert.equal(attachmentInfoSchema.safeParse({ name: '', type: '', size: 1 }).success, false);
    assert.equal(attachmentInfoSchema.safeParse({ name: 'a', type: '', size: 1.5 }).success, false);
  });
});

describe('displayFileName', () => {
  it('removes bidi overrides and control characters that could disguise a name', () => {
    assert.equal(displayFileName('photo\u202Egpj.exe'), 'photogpj.exe');
    assert.equal(displayFileName('a\u0000b\u200Fc.txt'), 'abc.txt');
    assert.equal(displayFileName('rash.jpg'), 'rash.jpg');
    assert.equal(displayFileName('\u202E'), '?');
  });
});

describe('formatFileSize', () => {
  it('uses bytes, KB and MB with at most one decimal, in the locale’s numbers', () => {
    assert.equal(formatFileSize(0, 'en'), '0 bytes');
    assert.equal(formatFileSize(1, 'en'), '1 byte');
    assert.equal(formatFileSize(512, 'en'), '512 bytes');
    assert.equal(formatFileSize(48 * 1024, 'en'), '48 KB');
    assert.equal(formatFileSize(1.2 * MB, 'en'), '1.2 MB');
    assert.equal(formatFileSize(1.2 * MB, 'es'), '1,2 MB');
    assert.equal(formatFileSize(6 * MB, 'en'), '6 MB');
    assert.equal(formatFileSize(6 * MB, 'es'), '6 MB');
    assert.equal(formatFileSize(1024 * 1024 - 1, 'en'), '1 MB', 'never "1,024 KB"');
  });
});
