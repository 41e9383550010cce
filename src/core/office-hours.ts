import type { OfficeHoursConfig } from './config-schema.js';

/** The days of `config.officeHours.week`, in the order `Date.getUTCDay()` counts them. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** A day on the office's own calendar, with the time it opens that day ("08:00"). */
export interface OfficeDay {
  year: number;
  month: number;
  day: number;
  opens: string;
  /** The day the office is on at `now`: it opens later today. */
  today: boolean;
}

/** Whether the office is open at `now`, and if not, the next day and time it opens (within 4 weeks). */
export interface OfficeStatus {
  open: boolean;
  next: OfficeDay | undefined;
}

/** How far ahead the next opening is looked for: a longer closure names no day. */
const LOOK_AHEAD_DAYS = 28;

/** The date and the minute of the day at `now` on the office's clock (`timeZone`). */
function wallClock(now: Date, timeZone: string): { year: number; month: number; day: number; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
      .formatToParts(now)
      .map((part) => [part.type, Number(part.value)]),
  );
  return { year: parts.year!, month: parts.month!, day: parts.day!, minutes: parts.hour! * 60 + parts.minute! };
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const isoDate = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Open or closed at `now`, by the office's clock, its week and its holidays; when closed, the
 * next opening. Pure: the same hours and instant give the same answer.
 */
export function officeStatus(hours: OfficeHoursConfig, now: Date): OfficeStatus {
  const clock = wallClock(now, hours.timeZone);
  const holidays = new Set(hours.holidays ?? []);
  // Calendar arithmetic on the office's dates, in UTC, so that no clock change shifts a day.
  const start = Date.UTC(clock.year, clock.month - 1, clock.day);
  for (let offset = 0; offset <= LOOK_AHEAD_DAYS; offset++) {
    const date = new Date(start + offset * 86_400_000);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const span = hours.week[WEEKDAYS[date.getUTCDay()]!];
    if (!span || holidays.has(isoDate(year, month, day))) continue;
    const [opens, closes] = [toMinutes(span.open), toMinutes(span.close)];
    if (offset === 0 && clock.minutes >= opens && clock.minutes < closes) return { open: true, next: undefined };
    if (offset > 0 || clock.minutes < opens) return { open: false, next: { year, month, day, opens: span.open, today: offset === 0 } };
  }
  return { open: false, next: undefined };
}

/** "Monday, December 7" ("lunes, 7 de diciembre") for a day on the office's calendar. */
export function formatOfficeDay(day: OfficeDay, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(day.year, day.month - 1, day.day, 12)));
}

/** "8:00 AM" ("8:00") for an opening time "08:00". */
export function formatOfficeTime(time: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5)))));
}
