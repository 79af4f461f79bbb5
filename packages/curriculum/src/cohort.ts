import { z } from 'zod';
import { Contribution } from './contribution';
import { Facilitator } from './facilitator';
import { Participant } from './participant';
import { Country, Id, IsoDate, ModuleId } from './primitives';
import type { Program } from './program';
import { reportDuplicates, reportRepeatedValues } from './references';

/** One teaching session of a cohort: which module, when, how long, and who facilitates it. */
export const Session = z.strictObject({
  id: Id,
  moduleId: ModuleId,
  date: IsoDate,
  hours: z
    .number()
    .positive('must be more than 0 hours')
    .max(12, 'must be at most 12 hours (one day of teaching)'),
  facilitatorIds: z.array(Id).min(1, 'needs at least one facilitator'),
});
export type Session = z.infer<typeof Session>;

/** Where a cohort is taught (the seed's host is IOM's office in El Salvador). */
export const Venue = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'allows at most 200 characters'),
  city: z.string().trim().min(1, 'must not be empty').max(100, 'allows at most 100 characters'),
  country: Country,
});
export type Venue = z.infer<typeof Venue>;

/**
 * One edition of a course: the program is taught in staggered cohorts, each with its own dates, venue,
 * modules, sessions, facilitators, participants and the contributions member countries made to it.
 */
export const Cohort = z
  .strictObject({
    id: Id,
    programId: Id,
    /** 1 for the first edition, 2 for the next, … */
    edition: z.int('must be a whole number').positive('must be 1 or more'),
    start: IsoDate,
    end: IsoDate,
    venue: Venue,
    /** The modules this edition teaches. */
    modules: z.array(ModuleId).min(1, 'needs at least one module'),
    sessions: z.array(Session).min(1, 'needs at least one session'),
    facilitators: z.array(Facilitator).min(1, 'needs at least one facilitator'),
    participants: z.array(Participant).min(1, 'needs at least one participant'),
    contributions: z.array(Contribution),
  })
  .superRefine((cohort, ctx) => {
    if (cohort.end < cohort.start)
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `ends on ${cohort.end}, before it starts on ${cohort.start}`,
      });

    reportRepeatedValues(ctx, cohort.modules, ['modules']);
    reportDuplicates(ctx, cohort.sessions, (s) => s.id, ['sessions'], 'id', 'session id');
    const facilitatorIds = reportDuplicates(
      ctx,
      cohort.facilitators,
      (f) => f.id,
      ['facilitators'],
      'id',
      'facilitator id',
    );
    reportDuplicates(ctx, cohort.participants, (p) => p.id, ['participants'], 'id', 'participant id');
    reportDuplicates(ctx, cohort.contributions, (c) => c.id, ['contributions'], 'id', 'contribution id');

    const modules = new Set<string>(cohort.modules);
    cohort.sessions.forEach((session, s) => {
      if (!modules.has(session.moduleId))
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', s, 'moduleId'],
          message: `module "${session.moduleId}" is not one of the cohort's modules (${cohort.modules.join(', ')})`,
        });
      if (session.date < cohort.start || session.date > cohort.end)
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', s, 'date'],
          message: `${session.date} is outside the cohort's dates (${cohort.start} to ${cohort.end})`,
        });
      reportRepeatedValues(ctx, session.facilitatorIds, ['sessions', s, 'facilitatorIds']);
      session.facilitatorIds.forEach((id, f) => {
        if (!facilitatorIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['sessions', s, 'facilitatorIds', f],
            message: `no facilitator "${id}" in this cohort`,
          });
      });
    });
    cohort.modules.forEach((moduleId, m) => {
      if (!cohort.sessions.some((session) => session.moduleId === moduleId))
        ctx.addIssue({
          code: 'custom',
          path: ['modules', m],
          message: `module "${moduleId}" has no session`,
        });
    });

    cohort.contributions.forEach((contribution, c) => {
      if (contribution.kind !== 'technical' || contribution.facilitatorIds === undefined) return;
      if (contribution.support !== 'experts') {
        ctx.addIssue({
          code: 'custom',
          path: ['contributions', c, 'facilitatorIds'],
          message: `only a contribution of experts names facilitators (this one is "${contribution.support}")`,
        });
        return;
      }
      contribution.facilitatorIds.forEach((id, f) => {
        const facilitator = cohort.facilitators.find((candidate) => candidate.id === id);
        const path = ['contributions', c, 'facilitatorIds', f];
        if (facilitator === undefined)
          ctx.addIssue({ code: 'custom', path, message: `no facilitator "${id}" in this cohort` });
        else if (!facilitator.contributedByMemberCountry)
          ctx.addIssue({
            code: 'custom',
            path,
            message: `facilitator "${id}" is not marked contributedByMemberCountry`,
          });
        else if (facilitator.country !== contribution.country)
          ctx.addIssue({
            code: 'custom',
            path,
            message: `facilitator "${id}" comes from ${facilitator.country}, not from the contributing country ${contribution.country}`,
          });
      });
    });
  });
export type Cohort = z.infer<typeof Cohort>;

/** The cohort schema plus the checks against the program it teaches: program id, modules, expertise. */
export function cohortOf(program: Program) {
  return Cohort.superRefine((cohort, ctx) => {
    if (cohort.programId !== program.id)
      ctx.addIssue({
        code: 'custom',
        path: ['programId'],
        message: `is "${cohort.programId}" but the program is "${program.id}"`,
      });
    const programModules = new Map(program.modules.map((module) => [module.id as string, module]));
    cohort.modules.forEach((moduleId, m) => {
      if (!programModules.has(moduleId))
        ctx.addIssue({
          code: 'custom',
          path: ['modules', m],
          message: `module "${moduleId}" is not in the program "${program.id}"`,
        });
    });
    cohort.sessions.forEach((session, s) => {
      const module = programModules.get(session.moduleId);
      if (module === undefined) {
        if (cohort.modules.includes(session.moduleId)) return; // already reported on modules[…]
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', s, 'moduleId'],
          message: `module "${session.moduleId}" is not in the program "${program.id}"`,
        });
        return;
      }
      const facilitators = cohort.facilitators.filter((f) => session.facilitatorIds.includes(f.id));
      if (
        facilitators.length > 0 &&
        !facilitators.some((f) => f.expertise.some((area) => module.areas.includes(area)))
      )
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', s, 'facilitatorIds'],
          message: `no facilitator of this session is an expert in an area module ${module.id} serves (${module.areas.join(', ')})`,
        });
    });
  });
}
