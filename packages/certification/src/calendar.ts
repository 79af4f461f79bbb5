/**
 * Calendar arithmetic on ISO dates, in UTC and without reading the clock: every date the library reasons
 * about comes from its caller (`asOf`, `now`) or from the record itself.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (`2026-03-01`) or date-time (`2026-03-01T10:00:00-06:00`, taken in UTC). */
export function dayNumber(isoDateOrDateTime: string): number {
  const ms = Date.parse(
    isoDateOrDateTime.length === 10 ? `${isoDateOrDateTime}T00:00:00Z` : isoDateOrDateTime,
  );
  return Math.floor(ms / DAY_MS);
}

/** The ISO date (`YYYY-MM-DD`, UTC) of a day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The UTC calendar date of an ISO date-time, or the date itself. */
export function isoDateOf(isoDateOrDateTime: string): string {
  return isoDateOfDay(dayNumber(isoDateOrDateTime));
}

/**
 * `months` calendar months after `isoDate`; a day that does not exist in the target month becomes that
 * month's last day (`2026-01-31` + 1 month → `2026-02-28`).
 */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = m - 1 + months;
  const year = y + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** `days` days after (or, negative, before) `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  return isoDateOfDay(dayNumber(isoDate) + days);
}
