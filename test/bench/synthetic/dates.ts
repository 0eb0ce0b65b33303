// Meeting dates: weekdays between 2015 and 2026, none in July (the networks take a summer break).
import { MONTHS } from './phrases.js';
import type { Rng } from './prng.js';

export interface Ymd {
  y: number;
  /** 1-based month. */
  m: number;
  d: number;
}

const START = Date.UTC(2015, 0, 1);
const DAYS = Math.round((Date.UTC(2026, 11, 31) - START) / 86_400_000);

function fromUtc(ms: number): Ymd {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function toUtc(date: Ymd): number {
  return Date.UTC(date.y, date.m - 1, date.d);
}

/** A random weekday outside July, 2015-01-01 .. 2026-12-31. */
export function randomMeetingDate(rng: Rng): Ymd {
  for (;;) {
    const ms = START + rng.int(0, DAYS) * 86_400_000;
    const weekday = new Date(ms).getUTCDay();
    const date = fromUtc(ms);
    if (weekday !== 0 && weekday !== 6 && date.m !== 7) return date;
  }
}

/** The date a number of days later. */
export function addDays(date: Ymd, days: number): Ymd {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** "2023-03-24". */
export function isoDate(date: Ymd): string {
  return `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

/** "24 maj", or "24 maj 2023" with the year. */
export function swedishDate(date: Ymd, withYear = false): string {
  const text = `${date.d} ${MONTHS[date.m - 1] ?? ''}`;
  return withYear ? `${text} ${date.y}` : text;
}

/** Swedish month name, 1-based. */
export function monthName(m: number): string {
  return MONTHS[m - 1] ?? '';
}
