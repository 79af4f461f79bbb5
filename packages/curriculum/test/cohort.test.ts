import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cohort, type Issue, moduleIds, parseCohort, regionalProgram } from '../src/index';
import { arbitraryCohort } from './cohort-arbitrary';
import { firstEdition } from './cohort-fixture';

function issuesOf(input: unknown, options?: Parameters<typeof parseCohort>[1]): Issue[] {
  const result = parseCohort(input, options);
  if (result.ok) throw new Error('expected the cohort to be rejected');
  return result.issues;
}

describe('Cohort', () => {
  it('accepts a valid edition, alone and against the regional program', () => {
    expect(parseCohort(firstEdition())).toEqual({ ok: true, value: firstEdition() });
    expect(parseCohort(firstEdition(), { program: regionalProgram }).ok).toBe(true);
  });

  it('rejects a session of a module the cohort does not teach, at the session’s moduleId', () => {
    const cohort = firstEdition();
    cohort.sessions[2] = { ...cohort.sessions[2]!, moduleId: 'M4' };
    expect(issuesOf(cohort)).toEqual([
      { path: 'sessions[2].moduleId', message: 'module "M4" is not one of the cohort\'s modules (M1, M9)' },
      { path: 'modules[1]', message: 'module "M9" has no session' },
    ]);
  });

  it('rejects a module missing from the program when checked against it', () => {
    const program = { ...regionalProgram, modules: regionalProgram.modules.filter((m) => m.id !== 'M9') };
    expect(issuesOf(firstEdition(), { program })).toEqual([
      {
        path: 'modules[1]',
        message: 'module "M9" is not in the program "rcm-regional-trafficking-program"',
      },
    ]);
  });

  it('rejects a participant from a country outside the RCM, at their country', () => {
    const cohort = firstEdition();
    cohort.participants[1] = { ...cohort.participants[1]!, country: 'FR' as never };
    const issues = issuesOf(cohort);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('participants[1].country');
    expect(issues[0]?.message).toContain('RCM member country');
    expect(issues[0]?.message).toContain('"FR"');
  });

  it('rejects negative and zero session hours', () => {
    const cohort = firstEdition();
    cohort.sessions[0] = { ...cohort.sessions[0]!, hours: -2 };
    cohort.sessions[1] = { ...cohort.sessions[1]!, hours: 0 };
    expect(issuesOf(cohort)).toEqual([
      { path: 'sessions[0].hours', message: 'must be more than 0 hours' },
      { path: 'sessions[1].hours', message: 'must be more than 0 hours' },
    ]);
  });

  it('rejects an unknown field at the field’s own path', () => {
    const cohort = { ...firstEdition(), venu: 'San Salvador' };
    const participant = { ...firstEdition().participants[0]!, nmae: 'Carla' };
    cohort.participants = [participant, ...cohort.participants.slice(1)];
    expect(issuesOf(cohort)).toEqual([
      { path: 'participants[0].nmae', message: expect.stringContaining('unknown field') },
      { path: 'venu', message: expect.stringContaining('unknown field') },
    ]);
  });

  it('rejects duplicated ids and references to unknown facilitators', () => {
    const cohort = firstEdition();
    cohort.sessions[1] = { ...cohort.sessions[1]!, id: 'm1-day-1', facilitatorIds: ['ana-moralez'] };
    cohort.participants.push({ ...cohort.participants[0]!, name: 'Carla R.' });
    expect(issuesOf(cohort)).toEqual([
      {
        path: 'sessions[1].id',
        message: 'duplicated session id "m1-day-1" (already used at sessions[0])',
      },
      {
        path: 'participants[3].id',
        message: 'duplicated participant id "carla-reyes" (already used at participants[0])',
      },
      { path: 'sessions[1].facilitatorIds[0]', message: 'no facilitator "ana-moralez" in this cohort' },
    ]);
  });

  it('rejects an end before the start and sessions outside the dates', () => {
    const cohort = { ...firstEdition(), end: '2027-02-28' };
    expect(issuesOf(cohort).map((issue) => issue.path)).toEqual([
      'end',
      'sessions[0].date',
      'sessions[1].date',
      'sessions[2].date',
    ]);
    expect(issuesOf(cohort)[0]?.message).toBe('ends on 2027-02-28, before it starts on 2027-03-01');
  });

  it('checks experts contributed by a country against the cohort’s facilitators', () => {
    const cohort = firstEdition();
    cohort.contributions[0] = { ...cohort.contributions[0]!, country: 'PA' } as Cohort['contributions'][0];
    expect(issuesOf(cohort)).toEqual([
      {
        path: 'contributions[0].facilitatorIds[0]',
        message: 'facilitator "ana-morales" comes from GT, not from the contributing country PA',
      },
    ]);
  });

  it('against the program: the program id and facilitators expert in the module’s areas', () => {
    const cohort = { ...firstEdition(), programId: 'another-program' };
    cohort.sessions[2] = { ...cohort.sessions[2]!, facilitatorIds: ['ana-morales'] };
    expect(issuesOf(cohort, { program: regionalProgram })).toEqual([
      {
        path: 'programId',
        message: 'is "another-program" but the program is "rcm-regional-trafficking-program"',
      },
      {
        path: 'sessions[2].facilitatorIds',
        message: 'no facilitator of this session is an expert in an area module M9 serves (protection)',
      },
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseCohort(input);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('property: any valid cohort round-trips through JSON unchanged and validates', () => {
    fc.assert(
      fc.property(arbitraryCohort, (cohort) => {
        const json = JSON.parse(JSON.stringify(cohort)) as unknown;
        expect(json).toEqual(cohort);
        const result = parseCohort(json);
        expect(result).toEqual({ ok: true, value: cohort });
      }),
      { numRuns: 200 },
    );
  });

  it('property: a session moved to a module the cohort does not teach is rejected at that session', () => {
    fc.assert(
      fc.property(
        arbitraryCohort.filter((c) => c.modules.length < moduleIds.length),
        fc.nat(),
        (cohort, pick) => {
          const index = pick % cohort.sessions.length;
          const outside = moduleIds.find((m) => !cohort.modules.includes(m))!;
          const sessions = cohort.sessions.map((s, i) => (i === index ? { ...s, moduleId: outside } : s));
          const result = parseCohort({ ...cohort, sessions });
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(result.issues).toContainEqual({
              path: `sessions[${index}].moduleId`,
              message: expect.stringContaining(`module "${outside}" is not one of the cohort's modules`),
            });
        },
      ),
      { numRuns: 100 },
    );
  });
});
