// A partner organisation's program, type-checked and run against the installed tarball by scripts/consumer-test.mjs.
import assert from 'node:assert/strict';
import {
  academicCredits,
  attendanceRate,
  type Cohort,
  type Country,
  countryNames,
  type Language,
  localize,
  missingLanguages,
  modulesByArea,
  parseAttendance,
  parseCohort,
  parseProgram,
  regionalProgram,
  toJSONSchema,
  totalHours,
} from '@ruta/curriculum';

const lang: Language = 'fr';
const country: Country = 'SV';
assert.equal(countryNames[country][lang], 'El Salvador');
assert.deepEqual(missingLanguages({ es: 'hola' }, ['es', 'en']), ['en']);

// The canonical program: valid, 100 contact hours, 5 credits, the victim-protection modules in French.
assert.equal(parseProgram(regionalProgram).ok, true);
assert.equal(totalHours(regionalProgram), 100);
assert.equal(academicCredits(regionalProgram), 5);
const protection = modulesByArea(regionalProgram, 'protection');
assert.ok(protection.some((module) => module.id === 'M9'));
assert.match(localize(protection.at(-1)?.title ?? {}, 'fr'), /foyers d’hébergement/);

// Our cohort, with a session of a module we do not teach and a participant from outside the RCM.
const cohort = {
  id: 'rcm-2027-edition-2',
  programId: regionalProgram.id,
  edition: 2,
  start: '2027-09-06',
  end: '2027-09-10',
  venue: { name: 'OIM El Salvador', city: 'San Salvador', country: 'SV' },
  modules: ['M4'],
  sessions: [
    { id: 'm4-1', moduleId: 'M4', date: '2027-09-06', hours: 6, facilitatorIds: ['rosa-diaz'] },
    { id: 'm2-1', moduleId: 'M2', date: '2027-09-07', hours: 6, facilitatorIds: ['rosa-diaz'] },
  ],
  facilitators: [
    {
      id: 'rosa-diaz',
      name: 'Rosa Díaz',
      expertise: ['protection'],
      country: 'CR',
      contributedByMemberCountry: true,
    },
  ],
  participants: [
    {
      id: 'ines',
      name: 'Inés',
      country: 'ES',
      institution: 'Policía',
      sector: 'government',
      role: 'police-investigator',
    },
  ],
  contributions: [],
};
// Shapes are checked first: the participant's country is reported, at its path.
const bad = parseCohort(cohort, { program: regionalProgram });
assert.equal(bad.ok, false);
assert.deepEqual(!bad.ok && bad.issues.map((issue) => issue.path), ['participants[0].country']);
// With the country fixed, the cross-references: the M2 session is not a module of this cohort.
const participants = [{ ...cohort.participants[0], country: 'CR' }];
const unknownModule = parseCohort({ ...cohort, participants }, { program: regionalProgram });
assert.deepEqual(!unknownModule.ok && unknownModule.issues, [
  { path: 'sessions[1].moduleId', message: 'module "M2" is not one of the cohort\'s modules (M4)' },
]);

// Fixed, it validates; attendance gives each participant a rate.
const fixed = parseCohort(
  { ...cohort, sessions: [cohort.sessions[0]], participants },
  { program: regionalProgram },
);
assert.ok(fixed.ok, JSON.stringify(!fixed.ok && fixed.issues));
const edition: Cohort = fixed.value;
const sheet = parseAttendance(
  {
    cohortId: edition.id,
    records: [{ sessionId: 'm4-1', participantId: 'ines', status: 'present', hoursAttended: 4.5 }],
  },
  { cohort: edition },
);
assert.ok(sheet.ok);
assert.deepEqual(attendanceRate(edition, sheet.value), { ines: 0.75 });

assert.equal(toJSONSchema('cohort').$schema, 'https://json-schema.org/draft/2020-12/schema');
console.log('curriculum consumer: ok');
