import fc from 'fast-check';
import {
  areas,
  type Cohort,
  type Contribution,
  countryCodes,
  type Facilitator,
  moduleIds,
  type Participant,
  type Role,
  roleIds,
  type Sector,
  type Session,
  type Text,
  technicalSupports,
} from '../src/index';

const governmentOnly: readonly Role[] = [
  'migration-officer',
  'labour-inspector',
  'police-investigator',
  'prosecutor',
  'judge',
  'consular-officer',
];

const id = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));

/** Names in any script, already trimmed (the schema trims, so an untrimmed name would not round-trip). */
const name = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const text: fc.Arbitrary<Text> = fc.record({ es: name, en: name, fr: name }, { requiredKeys: ['es'] });

const participant = (participantId: string): fc.Arbitrary<Participant> =>
  fc.constantFrom(...roleIds).chain((role) =>
    fc.record({
      id: fc.constant(participantId),
      name,
      country: fc.constantFrom(...countryCodes),
      institution: name,
      sector: fc.constantFrom<Sector>(
        ...(role === 'ngo-caseworker'
          ? (['civil-society'] as const)
          : governmentOnly.includes(role)
            ? (['government'] as const)
            : (['government', 'civil-society'] as const)),
      ),
      role: fc.constant(role),
    }),
  );

const facilitator = (facilitatorId: string): fc.Arbitrary<Facilitator> =>
  fc.record({
    id: fc.constant(facilitatorId),
    name,
    expertise: fc.subarray([...areas], { minLength: 1 }),
    country: fc.constantFrom(...countryCodes),
    contributedByMemberCountry: fc.boolean(),
  });

const day = 24 * 60 * 60 * 1000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Any valid cohort: unique ids, sessions inside the dates, every reference resolvable, every module taught. */
export const arbitraryCohort: fc.Arbitrary<Cohort> = fc
  .record({
    cohortId: id,
    programId: id,
    edition: fc.integer({ min: 1, max: 50 }),
    startDay: fc.integer({ min: 0, max: 20_000 }), // days after 2000-01-01
    length: fc.integer({ min: 0, max: 30 }),
    venue: fc.record({ name, city: name, country: fc.constantFrom(...countryCodes) }),
    modules: fc.shuffledSubarray([...moduleIds], { minLength: 1 }),
    facilitatorIds: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    participantIds: fc.uniqueArray(id, { minLength: 1, maxLength: 6 }),
  })
  .chain((base) => {
    const start = Date.UTC(2000, 0, 1) + base.startDay * day;
    const session = (moduleId: (typeof moduleIds)[number]) =>
      fc.record({
        moduleId: fc.constant(moduleId),
        date: fc.integer({ min: 0, max: base.length }).map((offset) => isoDay(start + offset * day)),
        hours: fc.integer({ min: 1, max: 24 }).map((halves) => halves / 2),
        facilitatorIds: fc.shuffledSubarray(base.facilitatorIds, { minLength: 1 }),
      });
    return fc.record({
      base: fc.constant(base),
      start: fc.constant(isoDay(start)),
      end: fc.constant(isoDay(start + base.length * day)),
      sessions: fc
        .tuple(...base.modules.map((m) => fc.array(session(m), { minLength: 1, maxLength: 3 })))
        .map((perModule) =>
          perModule.flat().map((s, index): Session => ({ id: `session-${index + 1}`, ...s })),
        ),
      facilitators: fc.tuple(...base.facilitatorIds.map(facilitator)),
      participants: fc.tuple(...base.participantIds.map(participant)),
      financial: fc.array(
        fc.record(
          {
            kind: fc.constant('financial' as const),
            country: fc.constantFrom(...countryCodes),
            amount: fc.double({ min: 0.01, max: 1e9, noNaN: true, noDefaultInfinity: true }),
            currency: fc.constantFrom('USD', 'CAD', 'MXN', 'EUR'),
            description: text,
          },
          { requiredKeys: ['kind', 'country', 'amount', 'currency'] },
        ),
        { maxLength: 3 },
      ),
      technical: fc.array(
        fc.record({
          kind: fc.constant('technical' as const),
          country: fc.constantFrom(...countryCodes),
          support: fc.constantFrom(...technicalSupports),
          description: text,
        }),
        { maxLength: 3 },
      ),
    });
  })
  .map(({ base, start, end, sessions, facilitators, participants, financial, technical }): Cohort => {
    const experts: Contribution[] = facilitators
      .filter((f) => f.contributedByMemberCountry)
      .map((f) => ({
        id: 'experts',
        kind: 'technical',
        country: f.country,
        support: 'experts',
        description: { es: f.name },
        facilitatorIds: [f.id],
      }));
    const contributions = [...experts, ...technical, ...financial].map(
      (c, index): Contribution => ({ ...c, id: `contribution-${index + 1}` }),
    );
    return {
      id: base.cohortId,
      programId: base.programId,
      edition: base.edition,
      start,
      end,
      venue: base.venue,
      modules: base.modules,
      sessions,
      facilitators,
      participants,
      contributions,
    };
  });
