import { describe, expect, it } from 'vitest';
import { attendanceRate, parseAttendance } from '../src/index';
import { firstEdition, firstEditionAttendance } from './cohort-fixture';

describe('attendanceRate', () => {
  it('divides the hours each participant attended by the 20 hours scheduled (worked by hand)', () => {
    expect(attendanceRate(firstEdition(), firstEditionAttendance())).toEqual({
      'carla-reyes': 1, // 6 + 6 + 8 = 20 of 20
      'jean-tremblay': 0.55, // 6 + 0 (absent) + 5 = 11 of 20
      'maria-lopez': 0.3, // 0 (excused) + 6 + no record = 6 of 20
    });
  });

  it('gives 0 to a participant with no record and ignores records it cannot place', () => {
    const attendance = firstEditionAttendance();
    attendance.records = [
      { sessionId: 'm1-day-1', participantId: 'carla-reyes', status: 'present', hoursAttended: 9 },
      { sessionId: 'm1-day-1', participantId: 'carla-reyes', status: 'present', hoursAttended: 6 },
      { sessionId: 'm4-day-1', participantId: 'carla-reyes', status: 'present', hoursAttended: 6 },
      { sessionId: 'm1-day-1', participantId: 'someone-else', status: 'present', hoursAttended: 6 },
    ];
    // 9 h is capped at the session's 6 h; the repeated record, the unknown session and person are ignored.
    expect(attendanceRate(firstEdition(), attendance)).toEqual({
      'carla-reyes': 0.3,
      'jean-tremblay': 0,
      'maria-lopez': 0,
    });
  });
});

describe('parseAttendance', () => {
  it('accepts the first edition’s sheet, alone and against its cohort', () => {
    expect(parseAttendance(firstEditionAttendance())).toEqual({ ok: true, value: firstEditionAttendance() });
    expect(parseAttendance(firstEditionAttendance(), { cohort: firstEdition() }).ok).toBe(true);
  });

  it('rejects records for unknown sessions and participants, and more hours than the session lasts', () => {
    const attendance = firstEditionAttendance();
    attendance.records[1] = { ...attendance.records[1]!, sessionId: 'm1-day-3' };
    attendance.records[3] = { ...attendance.records[3]!, participantId: 'jean-tremblai' };
    attendance.records[5] = { ...attendance.records[5]!, hoursAttended: 9 };
    const result = parseAttendance(attendance, { cohort: firstEdition() });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'records[1].sessionId', message: 'no session "m1-day-3" in cohort "rcm-2027-edition-1"' },
        {
          path: 'records[3].participantId',
          message: 'no participant "jean-tremblai" in cohort "rcm-2027-edition-1"',
        },
        {
          path: 'records[5].hoursAttended',
          message: '9 hours is more than session "m9-day-1" lasts (8 hours)',
        },
      ],
    });
  });

  it('rejects negative hours, hours for an absence, a present participant with no hours, and repeats', () => {
    const attendance = firstEditionAttendance();
    attendance.records[0] = { ...attendance.records[0]!, hoursAttended: -1 };
    attendance.records[4] = { ...attendance.records[4]!, hoursAttended: 2 };
    attendance.records[7] = { ...attendance.records[7]!, hoursAttended: 0 };
    attendance.records.push(attendance.records[2]!);
    expect(parseAttendance(attendance)).toEqual({
      ok: false,
      issues: [
        { path: 'records[0].hoursAttended', message: 'must be 0 or more hours' },
        { path: 'records[4].hoursAttended', message: 'must be 0 for a participant marked absent' },
        {
          path: 'records[7].hoursAttended',
          message: 'must be more than 0 for a participant marked present (record an absence instead)',
        },
        {
          path: 'records[8]',
          message: 'participant "carla-reyes" already has a record for session "m9-day-1" (records[2])',
        },
      ],
    });
  });

  it('rejects a sheet for another cohort and an unknown status', () => {
    const attendance = { ...firstEditionAttendance(), cohortId: 'rcm-2027-edition-2' };
    attendance.records[0] = { ...attendance.records[0]!, status: 'late' as never };
    const result = parseAttendance(attendance, { cohort: firstEdition() });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(['records[0].status']);
    const other = parseAttendance(
      { ...firstEditionAttendance(), cohortId: 'rcm-2027-edition-2' },
      {
        cohort: firstEdition(),
      },
    );
    expect(other).toEqual({
      ok: false,
      issues: [
        { path: 'cohortId', message: 'is "rcm-2027-edition-2" but the cohort is "rcm-2027-edition-1"' },
      ],
    });
  });
});
