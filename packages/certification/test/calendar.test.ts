import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, isoDateOf } from '../src/calendar';

describe('calendar', () => {
  it('adds months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-06-30', 24)).toBe('2028-06-30');
    expect(addMonths('2026-03-15', -12)).toBe('2025-03-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-06-30', -90)).toBe('2026-04-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('takes the UTC date of a date-time with an offset', () => {
    // 20:00 in Guatemala (UTC−6) is already the next day in UTC.
    expect(isoDateOf('2026-03-03T20:00:00-06:00')).toBe('2026-03-04');
    expect(isoDateOf('2026-03-03')).toBe('2026-03-03');
    expect(dayNumber('1970-01-02')).toBe(1);
  });
});
