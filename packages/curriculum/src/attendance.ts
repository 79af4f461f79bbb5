import { z } from 'zod';
import type { Cohort } from './cohort';
import { Id } from './primitives';

export const attendanceStatuses = ['present', 'absent', 'excused'] as const;
export const AttendanceStatus = z.enum(attendanceStatuses);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/** Whether one participant attended one session, and for how many hours. */
export const AttendanceRecord = z.strictObject({
  sessionId: Id,
  participantId: Id,
  status: AttendanceStatus,
  hoursAttended: z.number().min(0, 'must be 0 or more hours'),
});
export type AttendanceRecord = z.infer<typeof AttendanceRecord>;

/** The attendance sheet of a cohort: one record per session per participant. */
export const Attendance = z
  .strictObject({
    cohortId: Id,
    records: z.array(AttendanceRecord),
  })
  .superRefine((attendance, ctx) => {
    const seen = new Map<string, number>();
    attendance.records.forEach((record, r) => {
      const key = `${record.sessionId}\u0000${record.participantId}`;
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['records', r],
          message: `participant "${record.participantId}" already has a record for session "${record.sessionId}" (records[${first}])`,
        });
      else seen.set(key, r);
      if (record.status !== 'present' && record.hoursAttended > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['records', r, 'hoursAttended'],
          message: `must be 0 for a participant marked ${record.status}`,
        });
      if (record.status === 'present' && record.hoursAttended === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['records', r, 'hoursAttended'],
          message: 'must be more than 0 for a participant marked present (record an absence instead)',
        });
    });
  });
export type Attendance = z.infer<typeof Attendance>;

/** The attendance schema plus the checks against its cohort: cohort id, sessions, participants, hours. */
export function attendanceOf(cohort: Cohort) {
  return Attendance.superRefine((attendance, ctx) => {
    if (attendance.cohortId !== cohort.id)
      ctx.addIssue({
        code: 'custom',
        path: ['cohortId'],
        message: `is "${attendance.cohortId}" but the cohort is "${cohort.id}"`,
      });
    const sessions = new Map(cohort.sessions.map((session) => [session.id, session]));
    const participants = new Set(cohort.participants.map((participant) => participant.id));
    attendance.records.forEach((record, r) => {
      const session = sessions.get(record.sessionId);
      if (session === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['records', r, 'sessionId'],
          message: `no session "${record.sessionId}" in cohort "${cohort.id}"`,
        });
      else if (record.hoursAttended > session.hours)
        ctx.addIssue({
          code: 'custom',
          path: ['records', r, 'hoursAttended'],
          message: `${record.hoursAttended} hours is more than session "${session.id}" lasts (${session.hours} hours)`,
        });
      if (!participants.has(record.participantId))
        ctx.addIssue({
          code: 'custom',
          path: ['records', r, 'participantId'],
          message: `no participant "${record.participantId}" in cohort "${cohort.id}"`,
        });
    });
  });
}

/**
 * Each participant's attendance rate, from 0 to 1: the hours they attended divided by the hours the cohort
 * scheduled. A session without a record counts as not attended; an excused absence is recorded but is still
 * time not spent in class, so it lowers the rate like any absence. Hours above a session's length, a second
 * record for the same session and participant, and records for unknown sessions or participants are ignored.
 */
export function attendanceRate(cohort: Cohort, attendance: Attendance): Record<string, number> {
  const sessionHours = new Map(cohort.sessions.map((session) => [session.id, session.hours]));
  const scheduled = cohort.sessions.reduce((sum, session) => sum + session.hours, 0);
  const attended = new Map<string, number>(cohort.participants.map((participant) => [participant.id, 0]));
  const counted = new Set<string>();
  for (const record of attendance.records) {
    const hours = sessionHours.get(record.sessionId);
    const sofar = attended.get(record.participantId);
    const key = `${record.sessionId}\u0000${record.participantId}`;
    if (hours === undefined || sofar === undefined || counted.has(key)) continue;
    counted.add(key);
    if (record.status === 'present')
      attended.set(record.participantId, sofar + Math.min(record.hoursAttended, hours));
  }
  const rates: Record<string, number> = {};
  for (const [participantId, hours] of attended)
    rates[participantId] = scheduled === 0 ? 0 : hours / scheduled;
  return rates;
}
