import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { composeConfigSchema, type OfficeHoursConfig } from '../../src/core/config-schema.js';
import { formatOfficeDay, formatOfficeTime, officeStatus } from '../../src/core/office-hours.js';
import { officeNotice } from '../../src/components/compose/compose.checks.js';

// config.officeHours (#17 item 4): when the care team will read the message.

const weekdays = { open: '08:00', close: '17:00' };
const chicago: OfficeHoursConfig = {
  timeZone: 'America/Chicago',
  week: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays },
  holidays: ['2026-12-25'],
};
// Tuesday 1 December 2026: 08:00 in Chicago is 14:00 UTC.
const at = (iso: string) => new Date(iso);

describe('office hours', () => {
  it('is open during the hours, by the office’s clock, not the patient’s', () => {
    assert.deepEqual(officeStatus(chicago, at('2026-12-01T14:00:00Z')), { open: true, next: undefined });
    assert.equal(officeStatus(chicago, at('2026-12-01T22:59:00Z')).open, true, '16:59 in Chicago');
    assert.equal(officeStatus(chicago, at('2026-12-01T23:00:00Z')).open, false, '17:00 in Chicago');
    const allDay: OfficeHoursConfig = { timeZone: 'UTC', week: { tue: { open: '00:00', close: '24:00' } } };
    assert.equal(officeStatus(allDay, at('2026-12-01T23:59:30Z')).open, true, 'until midnight');
    assert.equal(officeStatus({ ...chicago, timeZone: 'Europe/Madrid' }, at('2026-12-01T14:00:00Z')).open, true, '15:00 in Madrid');
    assert.equal(officeStatus({ ...chicago, timeZone: 'Asia/Tokyo' }, at('2026-12-01T14:00:00Z')).open, false, '23:00 in Tokyo');
  });

  it('before opening, it opens later today; after closing, on the next working day', () => {
    assert.deepEqual(officeStatus(chicago, at('2026-12-01T13:59:00Z')).next, { year: 2026, month: 12, day: 1, opens: '08:00', today: true });
    assert.deepEqual(officeStatus(chicago, at('2026-12-01T23:00:00Z')).next, { year: 2026, month: 12, day: 2, opens: '08:00', today: false });
    // Friday evening: Monday.
    assert.deepEqual(officeStatus(chicago, at('2026-12-05T01:00:00Z')).next, { year: 2026, month: 12, day: 7, opens: '08:00', today: false });
  });

  it('skips holidays, and names no day when it stays closed for weeks', () => {
    // Thursday 24 December, evening: the 25th is a holiday, so Monday the 28th.
    assert.equal(officeStatus(chicago, at('2026-12-25T00:30:00Z')).next?.day, 28);
    assert.deepEqual(officeStatus({ timeZone: 'UTC', week: {} }, at('2026-12-01T12:00:00Z')), { open: false, next: undefined });
  });

  it('says it in the patient’s language, with the on-call line, and takes the host’s words', () => {
    const friday = at('2026-12-05T01:00:00Z');
    assert.deepEqual(officeNotice({ officeHours: chicago }, 'en', '555-0100', friday), {
      closed: 'The office is closed now. Your care team will read this on Monday, December 7.',
      onCall: 'If you need help before then, call the on-call line: 555-0100.',
    });
    assert.deepEqual(officeNotice({ officeHours: chicago }, 'es', '', friday), {
      closed: 'La oficina está cerrada ahora. Su equipo médico leerá esto el lunes, 7 de diciembre.',
      onCall: undefined,
    });
    assert.match(officeNotice({ officeHours: chicago }, 'en', '', at('2026-12-01T13:00:00Z'))!.closed, /opens today at 8:00\sAM/);
    assert.equal(officeNotice({ officeHours: chicago, strings: { en: { officeClosed: 'Closed. Read on {day}.' } } }, 'en', '', friday)!.closed, 'Closed. Read on Monday, December 7.');
    assert.equal(officeNotice({ officeHours: chicago }, 'en', '555-0100', at('2026-12-01T15:00:00Z')), undefined, 'open');
    assert.equal(officeNotice({}, 'en', '555-0100', friday), undefined, 'no office hours');
    assert.equal(formatOfficeDay({ year: 2026, month: 12, day: 7, opens: '08:00', today: false }, 'es'), 'lunes, 7 de diciembre');
    assert.equal(formatOfficeTime('17:30', 'es'), '17:30');
  });

  it('config: a real time zone, 24-hour times that close after they open, dates as YYYY-MM-DD', () => {
    assert.equal(composeConfigSchema.safeParse({ officeHours: chicago }).success, true);
    for (const bad of [
      { ...chicago, timeZone: 'Mars/Olympus' },
      { ...chicago, week: { mon: { open: '8am', close: '17:00' } } },
      { ...chicago, week: { mon: { open: '17:00', close: '08:00' } } },
      { ...chicago, holidays: ['25/12/2026'] },
      { ...chicago, week: { monday: weekdays } },
    ]) {
      assert.equal(composeConfigSchema.safeParse({ officeHours: bad }).success, false, JSON.stringify(bad));
    }
  });
});
